package io.jenkins.plugins.freight.cli.console;

import io.jenkins.plugins.freight.client.actions.AwaitOptions;
import io.jenkins.plugins.freight.client.actions.DeploymentOptions;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where and how to deploy: shared by {@code deploy}, {@code promote} and {@code create-release}.
 */
public final class DeploymentTargetOptions {

    @Option(
            names = {"-e", "--environment", "--deploy-to", "--to"},
            split = ",",
            paramLabel = "ENV",
            description = "Environment name or id; repeat or separate with commas for several")
    List<String> environments = List.of();

    @Option(
            names = "--tenant",
            split = ",",
            paramLabel = "TENANT",
            description = "Tenant name or id; repeat or separate with commas for several")
    List<String> tenants = List.of();

    @Option(
            names = "--tenant-tag",
            split = ",",
            paramLabel = "SET/TAG",
            description = "Deploy to the tenants with this tag")
    List<String> tenantTags = List.of();

    @Option(
            names = "--variable",
            paramLabel = "NAME=VALUE",
            description = "A prompted variable's value; repeat for several")
    Map<String, String> variables = Map.of();

    @Option(
            names = "--skip",
            paramLabel = "STEP",
            description = "Skip this step; repeat for several")
    List<String> skipSteps = List.of();

    @Option(
            names = "--guided-failure",
            arity = "0..1",
            fallbackValue = "true",
            paramLabel = "true|false",
            description =
                    "Ask a person what to do when a step fails (default: the environment's setting)")
    Boolean guidedFailure;

    @Option(
            names = "--run-at",
            paramLabel = "TIME",
            description = "Start later: 2026-05-01T22:00 (local time) or with an offset")
    String runAt;

    @Option(
            names = "--no-run-after",
            paramLabel = "TIME",
            description = "A scheduled deployment must start before this time")
    String noRunAfter;

    @Option(
            names = "--force-package-download",
            description = "Download packages again even if the target has them")
    boolean forcePackageDownload;

    public boolean any() {
        return !environments.isEmpty();
    }

    public DeploymentOptions deploymentOptions(AwaitOptions await) {
        return new DeploymentOptions(
                environments,
                tenants,
                tenantTags,
                variables,
                skipSteps,
                guidedFailure,
                time(runAt, "--run-at"),
                time(noRunAfter, "--no-run-after"),
                forcePackageDownload,
                await);
    }

    private static OffsetDateTime time(String text, String option) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            try {
                LocalDateTime local = LocalDateTime.parse(text);
                return local.atZone(ZoneId.systemDefault()).toOffsetDateTime();
            } catch (DateTimeParseException again) {
                throw new UsageException(
                        option
                                + " '"
                                + text
                                + "' is not a time like 2026-05-01T22:00 or 2026-05-01T22:00+02:00.");
            }
        }
    }
}

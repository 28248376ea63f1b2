package io.jenkins.plugins.freight.cli.release;

import io.jenkins.plugins.freight.cli.console.AbortOnShutdown;
import io.jenkins.plugins.freight.cli.console.CliContext;
import io.jenkins.plugins.freight.cli.console.ConnectionOptions;
import io.jenkins.plugins.freight.cli.console.DeploymentTargetOptions;
import io.jenkins.plugins.freight.cli.console.HelpOption;
import io.jenkins.plugins.freight.cli.console.OutputOptions;
import io.jenkins.plugins.freight.cli.console.WaitOptions;
import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.actions.CreateReleaseAction;
import io.jenkins.plugins.freight.client.actions.CreateReleaseRequest;
import io.jenkins.plugins.freight.client.actions.CreateReleaseResult;
import io.jenkins.plugins.freight.client.actions.DeploymentFailedException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code freight create-release}: a release, optionally deployed at once. */
@Command(
        name = "create-release",
        description =
                "Creates a release of a project; with --environment also deploys it, with --wait waits"
                        + " for the deployments.")
public final class CreateReleaseCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin ConnectionOptions connection;
    @Mixin OutputOptions output;
    @Mixin DeploymentTargetOptions targets;
    @Mixin WaitOptions wait;
    @Mixin HelpOption help;

    @Option(
            names = "--project",
            required = true,
            paramLabel = "PROJECT",
            description = "Project name or id")
    String project;

    @Option(
            names = "--version",
            paramLabel = "VERSION",
            description =
                    "Release version. Default: the server computes it from the project's template")
    String version;

    @Option(
            names = "--channel",
            paramLabel = "CHANNEL",
            description = "Channel name or id. Default: the project's default")
    String channel;

    @Option(
            names = "--package",
            paramLabel = "SPEC",
            description =
                    "PackageID:Version, StepName:Version or StepName:Reference:Version; repeatable")
    List<String> packages = new ArrayList<>();

    @Option(
            names = "--package-version",
            paramLabel = "VERSION",
            description = "Version for every package not given with --package")
    String packageVersion;

    @Option(
            names = "--release-notes",
            paramLabel = "TEXT",
            description = "Release notes (Markdown)")
    String releaseNotes;

    @Option(
            names = "--release-notes-file",
            paramLabel = "FILE",
            description = "File with the release notes")
    String releaseNotesFile;

    @Option(
            names = "--ignore-existing",
            description = "If the version exists, use it instead of failing")
    boolean ignoreExisting;

    @Option(
            names = "--ignore-channel-rules",
            description = "Create it even if package versions break the channel's rules")
    boolean ignoreChannelRules;

    @Override
    public Integer call() throws Exception {
        var env = CliContext.of(spec);
        CreateReleaseRequest request =
                new CreateReleaseRequest(
                        project,
                        version,
                        channel,
                        packages,
                        packageVersion,
                        releaseNotes,
                        releaseNotesFile == null ? null : env.path(releaseNotesFile),
                        ignoreExisting,
                        ignoreChannelRules,
                        targets.any() ? targets.deploymentOptions(wait.awaitOptions(false)) : null);
        try (FreightClient client = connection.client()) {
            CreateReleaseResult result =
                    AbortOnShutdown.run(
                            () ->
                                    new CreateReleaseAction(client, output.progress())
                                            .create(request));
            output.result(result, result.releaseVersion());
            return 0;
        } catch (DeploymentFailedException e) {
            output.failed(e);
            throw e;
        }
    }
}

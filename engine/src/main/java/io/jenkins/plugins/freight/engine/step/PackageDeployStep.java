package io.jenkins.plugins.freight.engine.step;

import io.jenkins.plugins.freight.engine.target.OutputCategory;
import io.jenkins.plugins.freight.engine.target.OutputVariable;
import io.jenkins.plugins.freight.engine.target.ScriptResult;
import io.jenkins.plugins.freight.engine.target.ScriptSyntax;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code Octopus.TentaclePackage}, "Deploy a package": acquires the package from the feed, extracts
 * it on the engine, applies the configuration features ({@link PackageConfigurer}), copies the
 * result into a new release directory {@code <root>/Applications/<environment>/<package>/<version>}
 * (with {@code _1}, {@code _2}… on redeployment), runs {@code PreDeploy.sh} and {@code Deploy.sh}
 * from the package, switches the {@code current} link to the new directory atomically, runs {@code
 * PostDeploy.sh}, and keeps the last {@code Freight.Action.Package.RetainReleases} (default 3)
 * release directories. Publishes {@code Package.InstallationDirectoryPath}.
 */
public final class PackageDeployStep implements StepKind {

    public static final String ACTION_TYPE = "Octopus.TentaclePackage";
    static final String RETAIN = "Freight.Action.Package.RetainReleases";
    static final String INSTALLATION_DIRECTORY = "Package.InstallationDirectoryPath";

    @Override
    public String actionType() {
        return ACTION_TYPE;
    }

    @Override
    public StepOutcome execute(StepContext context) throws InterruptedException {
        Optional<PackageSelection> selection = context.primaryPackage();
        if (selection.isEmpty()) {
            return StepOutcome.failed(
                    "Action " + context.actionName() + " deploys a package but names none.");
        }
        PackageSelection pkg = selection.get();
        context.log(
                OutputCategory.INFO,
                "Deploying package "
                        + pkg.packageId()
                        + " "
                        + pkg.version()
                        + " to "
                        + context.target().name());
        Path staging = context.scratchDirectory().resolve("staging");
        PackageExtractor.extract(context.acquirePackage(pkg), staging);
        new PackageConfigurer(context).configure(staging);

        String environment =
                context.variables().getOrDefault("Octopus.Environment.Name", "Default");
        String appRoot =
                context.target().rootDirectory()
                        + "/Applications/"
                        + safe(environment)
                        + "/"
                        + safe(pkg.packageId());
        ScriptResult created =
                context.runScript(
                        ScriptStep.base(
                                context,
                                ScriptSyntax.BASH,
                                ReleaseScripts.create(appRoot, safe(pkg.version()))));
        String releaseDir =
                created.outputVariables().stream()
                        .filter(v -> v.name().equals(INSTALLATION_DIRECTORY))
                        .map(OutputVariable::value)
                        .findFirst()
                        .orElse(null);
        if (!created.isSuccessful() || releaseDir == null) {
            return StepOutcome.failed(
                    "Could not create a release directory under "
                            + appRoot
                            + " on "
                            + context.target().name()
                            + ".");
        }
        context.log(OutputCategory.INFO, "Copying files to " + releaseDir);
        context.target().uploadDirectory(staging, releaseDir);
        int retain = parseRetain(context.property(RETAIN).orElse("3"));
        ScriptResult deployed =
                context.runScript(
                        ScriptStep.base(
                                        context,
                                        ScriptSyntax.BASH,
                                        ReleaseScripts.deploy(appRoot, releaseDir, retain))
                                .withWorkingDirectory(releaseDir));
        return ScriptStep.outcome(context, deployed);
    }

    private static int parseRetain(String value) {
        try {
            return Math.max(1, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return 3;
        }
    }

    /** A path segment from a name: no slashes, no leading dots. */
    static String safe(String name) {
        String cleaned = name.replaceAll("[/\\\\\\x00]", "_").replaceAll("^\\.+", "_");
        return cleaned.isEmpty() ? "_" : cleaned;
    }
}

package io.jenkins.plugins.freight.cli.buildinfo;

import io.jenkins.plugins.freight.cli.console.ConnectionOptions;
import io.jenkins.plugins.freight.cli.console.HelpOption;
import io.jenkins.plugins.freight.cli.console.OutputOptions;
import io.jenkins.plugins.freight.cli.console.UsageException;
import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.actions.BuildInformationAction;
import io.jenkins.plugins.freight.client.actions.BuildInformationRequest;
import io.jenkins.plugins.freight.client.actions.BuildInformationResult;
import io.jenkins.plugins.freight.client.buildinfo.BuildInformation;
import io.jenkins.plugins.freight.client.packages.OverwriteMode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code freight build-info}: attach build facts and commits to package versions. */
@Command(
        name = "build-info",
        description = "Pushes build information (build, branch, commits) for package versions.")
public final class BuildInfoCommand implements Callable<Integer> {

    @Mixin ConnectionOptions connection;
    @Mixin OutputOptions output;
    @Mixin HelpOption help;

    @Option(
            names = "--package-id",
            required = true,
            split = ",",
            paramLabel = "ID",
            description = "Package id; repeat or separate with commas for several")
    List<String> packageIds;

    @Option(
            names = "--version",
            required = true,
            paramLabel = "VERSION",
            description = "Package version")
    String version;

    @Option(
            names = "--build-environment",
            paramLabel = "NAME",
            description = "Default: Freight CLI")
    String buildEnvironment = "Freight CLI";

    @Option(names = "--build-number", paramLabel = "N")
    String buildNumber;

    @Option(names = "--build-url", paramLabel = "URL")
    String buildUrl;

    @Option(names = "--branch", paramLabel = "BRANCH")
    String branch;

    @Option(names = "--vcs-type", paramLabel = "TYPE", description = "Default: Git")
    String vcsType = "Git";

    @Option(names = "--vcs-root", paramLabel = "URL", description = "The repository's address")
    String vcsRoot;

    @Option(
            names = "--vcs-commit",
            paramLabel = "SHA",
            description = "The commit the package was built from")
    String vcsCommit;

    @Option(
            names = "--commit",
            paramLabel = "SHA=MESSAGE",
            description = "A commit in this build; repeat for several")
    List<String> commits = List.of();

    @Option(
            names = "--overwrite-mode",
            paramLabel = "MODE",
            description = "FailIfExists (default), OverwriteExisting or IgnoreIfExists")
    String overwriteMode = "FailIfExists";

    @Override
    public Integer call() {
        BuildInformation information =
                new BuildInformation(
                        buildEnvironment,
                        buildNumber,
                        buildUrl,
                        branch,
                        vcsType,
                        vcsRoot,
                        vcsCommit,
                        commits());
        try (FreightClient client = connection.client()) {
            BuildInformationResult result =
                    new BuildInformationAction(client, output.progress())
                            .push(
                                    new BuildInformationRequest(
                                            packageIds,
                                            version,
                                            information,
                                            OverwriteMode.parse(overwriteMode)));
            output.result(
                    result,
                    result.stored().stream()
                            .map(
                                    s ->
                                            "Build information stored for "
                                                    + s.packageId()
                                                    + " "
                                                    + s.version())
                            .toArray(String[]::new));
        }
        return 0;
    }

    private List<BuildInformation.Commit> commits() {
        List<BuildInformation.Commit> list = new ArrayList<>();
        for (String commit : commits) {
            int eq = commit.indexOf('=');
            if (eq <= 0) {
                throw new UsageException(
                        "--commit '" + commit + "' is not of the form SHA=MESSAGE.");
            }
            list.add(
                    new BuildInformation.Commit(
                            commit.substring(0, eq).trim(), commit.substring(eq + 1)));
        }
        return list;
    }
}

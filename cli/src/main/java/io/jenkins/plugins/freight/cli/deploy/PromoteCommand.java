package io.jenkins.plugins.freight.cli.deploy;

import io.jenkins.plugins.freight.cli.console.AbortOnShutdown;
import io.jenkins.plugins.freight.cli.console.ConnectionOptions;
import io.jenkins.plugins.freight.cli.console.DeploymentTargetOptions;
import io.jenkins.plugins.freight.cli.console.HelpOption;
import io.jenkins.plugins.freight.cli.console.OutputOptions;
import io.jenkins.plugins.freight.cli.console.UsageException;
import io.jenkins.plugins.freight.cli.console.WaitOptions;
import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.actions.DeployResult;
import io.jenkins.plugins.freight.client.actions.DeploymentFailedException;
import io.jenkins.plugins.freight.client.actions.PromoteAction;
import io.jenkins.plugins.freight.client.actions.PromoteRequest;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code freight promote}: the release current in one environment to the next ones. */
@Command(
        name = "promote",
        description =
                "Deploys the release that is current in one environment (its latest successful"
                        + " deployment) to other environments.")
public final class PromoteCommand implements Callable<Integer> {

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
            names = "--from",
            required = true,
            paramLabel = "ENV",
            description = "Environment to promote from")
    String from;

    @Override
    public Integer call() throws Exception {
        if (!targets.any()) {
            throw new UsageException("Say where to promote to with --environment (or --to).");
        }
        PromoteRequest request =
                new PromoteRequest(
                        project, from, targets.deploymentOptions(wait.awaitOptions(false)));
        try (FreightClient client = connection.client()) {
            DeployResult result =
                    AbortOnShutdown.run(
                            () -> new PromoteAction(client, output.progress()).promote(request));
            output.result(result, Summaries.deployments(result));
            return 0;
        } catch (DeploymentFailedException e) {
            output.failed(e);
            throw e;
        }
    }
}

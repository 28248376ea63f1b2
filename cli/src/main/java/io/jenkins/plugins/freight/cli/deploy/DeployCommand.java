package io.jenkins.plugins.freight.cli.deploy;

import io.jenkins.plugins.freight.cli.console.AbortOnShutdown;
import io.jenkins.plugins.freight.cli.console.ConnectionOptions;
import io.jenkins.plugins.freight.cli.console.DeploymentTargetOptions;
import io.jenkins.plugins.freight.cli.console.HelpOption;
import io.jenkins.plugins.freight.cli.console.OutputOptions;
import io.jenkins.plugins.freight.cli.console.UsageException;
import io.jenkins.plugins.freight.cli.console.WaitOptions;
import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.actions.DeployAction;
import io.jenkins.plugins.freight.client.actions.DeployRequest;
import io.jenkins.plugins.freight.client.actions.DeployResult;
import io.jenkins.plugins.freight.client.actions.DeploymentFailedException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code freight deploy}: an existing release to one or more environments or tenants. */
@Command(
        name = "deploy",
        description =
                "Deploys a release (a version or 'latest') to every environment (or tenant) given;"
                        + " with --wait waits and exits 1 if a deployment fails.")
public final class DeployCommand implements Callable<Integer> {

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
            names = {"--version", "--release"},
            required = true,
            paramLabel = "VERSION",
            description = "Release version, or 'latest'")
    String version;

    @Option(
            names = "--channel",
            paramLabel = "CHANNEL",
            description = "With 'latest': the newest release of this channel")
    String channel;

    @Override
    public Integer call() throws Exception {
        if (!targets.any()) {
            throw new UsageException("Say where to deploy with --environment.");
        }
        DeployRequest request =
                new DeployRequest(
                        project,
                        version,
                        channel,
                        targets.deploymentOptions(wait.awaitOptions(false)));
        try (FreightClient client = connection.client()) {
            DeployResult result =
                    AbortOnShutdown.run(
                            () -> new DeployAction(client, output.progress()).deploy(request));
            output.result(result, Summaries.deployments(result));
            return 0;
        } catch (DeploymentFailedException e) {
            output.failed(e);
            throw e;
        }
    }
}

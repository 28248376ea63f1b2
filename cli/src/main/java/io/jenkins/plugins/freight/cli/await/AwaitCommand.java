package io.jenkins.plugins.freight.cli.await;

import io.jenkins.plugins.freight.cli.console.AbortOnShutdown;
import io.jenkins.plugins.freight.cli.console.ConnectionOptions;
import io.jenkins.plugins.freight.cli.console.HelpOption;
import io.jenkins.plugins.freight.cli.console.OutputOptions;
import io.jenkins.plugins.freight.cli.console.WaitOptions;
import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.actions.AwaitAction;
import io.jenkins.plugins.freight.client.actions.AwaitResult;
import io.jenkins.plugins.freight.client.actions.DeploymentFailedException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code freight await}: wait for server tasks, streaming their log. */
@Command(
        name = "await",
        description =
                "Waits for server tasks (deployments) to finish, streaming their log; exits 1 if one"
                        + " failed, was canceled or the timeout passed.")
public final class AwaitCommand implements Callable<Integer> {

    @Mixin ConnectionOptions connection;
    @Mixin OutputOptions output;
    @Mixin WaitOptions wait;
    @Mixin HelpOption help;

    @Parameters(
            arity = "1..*",
            split = ",",
            paramLabel = "TASK",
            description = "Task ids, e.g. ServerTasks-12")
    List<String> taskIds;

    @Override
    public Integer call() throws Exception {
        try (FreightClient client = connection.client()) {
            AwaitResult result =
                    AbortOnShutdown.run(
                            () ->
                                    new AwaitAction(client, output.progress())
                                            .await(taskIds, wait.awaitOptions(true)));
            output.result(
                    result,
                    result.tasks().stream()
                            .map(t -> t.taskId() + " " + t.state().wireName())
                            .toArray(String[]::new));
            return 0;
        } catch (DeploymentFailedException e) {
            output.failed(e);
            throw e;
        }
    }
}

package io.jenkins.plugins.freight.plugin.steps;

import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.actions.AwaitAction;
import io.jenkins.plugins.freight.client.actions.AwaitResult;
import io.jenkins.plugins.freight.client.actions.DeploymentFailedException;
import io.jenkins.plugins.freight.client.actions.ProgressListener;
import io.jenkins.plugins.freight.plugin.Messages;
import java.util.List;

/**
 * {@code freightAwait}: waits, with live progress, for the given server tasks or (when none are
 * given) for every deployment earlier steps of this build started; the log of one an earlier step
 * already waited for to the end is not shown again, though its outcome is in the result.
 */
public record AwaitOperation(
        String taskIds, String timeout, boolean cancelOnTimeout, boolean cancelOnAbort)
        implements FreightOperation {

    @Override
    public String title() {
        return Messages.Title_Await();
    }

    @Override
    public StepOutcome run(StepEnvironment env) throws InterruptedException {
        List<String> ids = StepInputs.list(taskIds);
        List<String> shown = List.of();
        if (ids.isEmpty()) {
            ids = env.build().startedTaskIds();
            shown = ids.stream().filter(env.build().awaitedTaskIds()::contains).toList();
        }
        if (ids.isEmpty()) {
            throw new InvalidStepInputException(Messages.Step_NothingToAwait());
        }
        var options = DeploymentSettings.await(timeout, cancelOnTimeout, cancelOnAbort);
        if (!shown.isEmpty()) {
            env.log()
                    .line(
                            ProgressListener.Level.INFO,
                            Messages.Log_AlreadyAwaited(String.join(", ", shown)));
        }
        try (FreightClient client = env.connect()) {
            AwaitAction await = new AwaitAction(client, env.log()).withoutLogOf(shown);
            return ResultMaps.await(await.await(ids, options));
        } catch (DeploymentFailedException e) {
            throw new StepFailedException(
                    e.getMessage(),
                    e.result() instanceof AwaitResult r ? ResultMaps.await(r) : null);
        }
    }
}

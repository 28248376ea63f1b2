package io.jenkins.plugins.freight.plugin.steps;

import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.actions.DeployResult;
import io.jenkins.plugins.freight.client.actions.DeploymentFailedException;
import io.jenkins.plugins.freight.client.actions.PromoteAction;
import io.jenkins.plugins.freight.client.actions.PromoteRequest;
import io.jenkins.plugins.freight.plugin.Messages;

/**
 * {@code freightPromote}: deploys the release that is current in one environment (its latest
 * successful deployment) to the next environments.
 */
public record PromoteOperation(
        String project, String fromEnvironment, DeploymentSettings deployment)
        implements FreightOperation {

    @Override
    public String title() {
        return Messages.Title_Promote();
    }

    @Override
    public StepOutcome run(StepEnvironment env) throws InterruptedException {
        PromoteRequest request =
                new PromoteRequest(
                        StepInputs.required(project, "project"),
                        StepInputs.required(fromEnvironment, "fromEnvironment"),
                        deployment.toOptions());
        try (FreightClient client = env.connect()) {
            return ResultMaps.deployment(new PromoteAction(client, env.log()).promote(request));
        } catch (DeploymentFailedException e) {
            throw new StepFailedException(
                    e.getMessage(),
                    e.result() instanceof DeployResult r ? ResultMaps.deployment(r) : null);
        }
    }
}

package io.jenkins.plugins.freight.plugin.steps;

import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.actions.DeployAction;
import io.jenkins.plugins.freight.client.actions.DeployRequest;
import io.jenkins.plugins.freight.client.actions.DeployResult;
import io.jenkins.plugins.freight.client.actions.DeploymentFailedException;
import io.jenkins.plugins.freight.plugin.Messages;

/**
 * {@code freightDeploy}: deploys an existing release (a version, or {@code latest}) to every listed
 * environment (or tenant).
 */
public record DeployOperation(
        String project, String releaseVersion, String channel, DeploymentSettings deployment)
        implements FreightOperation {

    @Override
    public String title() {
        return Messages.Title_Deploy();
    }

    @Override
    public StepOutcome run(StepEnvironment env) throws InterruptedException {
        DeployRequest request =
                new DeployRequest(
                        StepInputs.required(project, "project"),
                        StepInputs.required(releaseVersion, "releaseVersion"),
                        StepInputs.optional(channel),
                        deployment.toOptions());
        try (FreightClient client = env.connect()) {
            return ResultMaps.deployment(new DeployAction(client, env.log()).deploy(request));
        } catch (DeploymentFailedException e) {
            throw new StepFailedException(
                    e.getMessage(),
                    e.result() instanceof DeployResult r ? ResultMaps.deployment(r) : null);
        }
    }
}

package io.jenkins.plugins.freight.client.actions;

import io.jenkins.plugins.freight.client.task.TaskState;
import java.util.List;

/**
 * The deployments an action started, one per environment (and tenant), with their final states when
 * the action waited.
 *
 * @param releaseWebUrl the release's page on the server, or {@code null}
 */
public record DeployResult(
        String projectId,
        String projectName,
        String releaseId,
        String releaseVersion,
        String releaseWebUrl,
        List<DeploymentOutcome> deployments) {

    public DeployResult {
        deployments = List.copyOf(deployments);
    }

    /**
     * One deployment.
     *
     * @param tenantId {@code null} for an untenanted deployment
     * @param state the task's final state, or {@code null} when the action did not wait
     * @param errorMessage the server's error for a failed deployment, or {@code null}
     * @param webUrl the deployment's page on the server (with its live log), or {@code null}
     */
    public record DeploymentOutcome(
            String deploymentId,
            String taskId,
            String environmentId,
            String environmentName,
            String tenantId,
            String tenantName,
            TaskState state,
            String errorMessage,
            String webUrl) {

        /** A label for messages: {@code Test} or {@code Test / Acme}. */
        public String label() {
            return tenantName == null ? environmentName : environmentName + " / " + tenantName;
        }

        DeploymentOutcome withEnd(TaskState value, String error) {
            return new DeploymentOutcome(
                    deploymentId,
                    taskId,
                    environmentId,
                    environmentName,
                    tenantId,
                    tenantName,
                    value,
                    error,
                    webUrl);
        }
    }
}

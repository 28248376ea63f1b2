package io.jenkins.plugins.freight.client.deployment;

import io.jenkins.plugins.freight.client.transport.Links;
import java.util.List;

/** What {@code deployments/create/.../v1} answers: one entry per environment or tenant. */
public record CreatedDeployments(List<DeploymentServerTask> deploymentServerTasks) {

    public CreatedDeployments {
        deploymentServerTasks = Links.copy(deploymentServerTasks);
    }

    /** One deployment and the server task running it. */
    public record DeploymentServerTask(String deploymentId, String serverTaskId) {}
}

package io.jenkins.plugins.freight.engine.deployment;

import io.jenkins.plugins.freight.engine.task.TaskState;
import java.time.Instant;
import java.util.Objects;

/**
 * A deployment with where its task stands: one line of a deployment history.
 *
 * @param deployment the deployment
 * @param releaseVersion the version of the release deployed
 * @param state its task's state
 * @param completedTime when the task finished, or null
 */
public record DeploymentStatus(
        Deployment deployment, String releaseVersion, TaskState state, Instant completedTime) {

    public DeploymentStatus {
        Objects.requireNonNull(deployment, "deployment");
        Objects.requireNonNull(state, "state");
    }
}

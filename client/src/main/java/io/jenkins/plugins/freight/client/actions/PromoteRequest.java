package io.jenkins.plugins.freight.client.actions;

import java.util.Objects;

/**
 * Promote the release that is current in one environment to others.
 *
 * @param project the project's name or id
 * @param fromEnvironment the environment whose latest successful deployment is promoted
 * @param deployment the target environments (and tenants) and how to deploy
 */
public record PromoteRequest(String project, String fromEnvironment, DeploymentOptions deployment) {

    public PromoteRequest {
        Objects.requireNonNull(deployment, "deployment");
    }
}

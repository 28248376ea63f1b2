package io.jenkins.plugins.freight.client.actions;

import java.util.Objects;

/**
 * Deploy an existing release.
 *
 * @param project the project's name or id
 * @param releaseVersion the release's version, or {@code latest} for the newest release (of {@code
 *     channel} when given)
 * @param channel the channel's name or id, only used with {@code latest}; {@code null} for any
 * @param deployment where and how
 */
public record DeployRequest(
        String project, String releaseVersion, String channel, DeploymentOptions deployment) {

    /** The {@code releaseVersion} that picks the newest release. */
    public static final String LATEST = "latest";

    public DeployRequest {
        Objects.requireNonNull(deployment, "deployment");
    }
}

package io.jenkins.plugins.freight.client.actions;

/**
 * A created (or, with ignore-if-exists, found) release.
 *
 * @param webUrl the release's page on the server, or {@code null}
 * @param deployment the deployments started for it, or {@code null} when none was asked for
 */
public record CreateReleaseResult(
        String releaseId,
        String releaseVersion,
        String projectId,
        String projectName,
        String channelId,
        String webUrl,
        DeployResult deployment) {}

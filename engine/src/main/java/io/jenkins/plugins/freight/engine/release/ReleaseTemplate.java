package io.jenkins.plugins.freight.engine.release;

import java.util.List;

/**
 * What a client needs to create a release of a project in a channel (Octopus's deployment process
 * template): the packages the release must pin, each with the newest version the channel's rules
 * allow, and the project's last release.
 *
 * @param deploymentProcessId the project's live process
 * @param projectId the project
 * @param channelId the channel the packages were chosen for
 * @param lastReleaseVersion the project's highest release version, or null before the first
 * @param nextVersionIncrement the last release version with its last numeric part plus one ({@code
 *     0.0.1} before the first release)
 * @param packages one entry per package reference of the actions that run in the channel, in
 *     process order
 */
public record ReleaseTemplate(
        String deploymentProcessId,
        String projectId,
        String channelId,
        String lastReleaseVersion,
        String nextVersionIncrement,
        List<Package> packages) {

    public ReleaseTemplate {
        packages = List.copyOf(packages);
    }

    /**
     * One package a release pins.
     *
     * @param actionName the action (step) name
     * @param packageReferenceName "" for the action's primary package
     * @param packageId the package id
     * @param feedId the feed
     * @param resolvable whether the server can pick the version itself (built-in feed, no variable
     *     in the package id)
     * @param versionSelectedLastRelease the version the last release pinned, or null
     * @param latestVersion the newest version in the feed the channel's rule allows, or null
     */
    public record Package(
            String actionName,
            String packageReferenceName,
            String packageId,
            String feedId,
            boolean resolvable,
            String versionSelectedLastRelease,
            String latestVersion) {}
}

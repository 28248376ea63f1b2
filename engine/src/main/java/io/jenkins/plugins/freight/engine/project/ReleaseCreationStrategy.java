package io.jenkins.plugins.freight.engine.project;

/**
 * Which pushed package creates a release automatically (when the project's {@code
 * autoCreateRelease} is on), and in which channel.
 */
public record ReleaseCreationStrategy(
        String channelId,
        ActionPackage releaseCreationPackage,
        String releaseCreationPackageStepId) {

    public static ReleaseCreationStrategy none() {
        return new ReleaseCreationStrategy(null, null, null);
    }
}

package io.jenkins.plugins.freight.engine.project;

/**
 * A package of a deployment action: Octopus's {@code {DeploymentAction, PackageReference}} used by
 * channel version rules and by a project's versioning strategy.
 *
 * @param deploymentAction the action's name (or id)
 * @param packageReference the package reference's name; {@code ""} means the action's primary
 *     package
 */
public record ActionPackage(String deploymentAction, String packageReference) {

    public ActionPackage {
        packageReference = packageReference == null ? "" : packageReference;
    }

    /** The primary package of an action. */
    public static ActionPackage primary(String deploymentAction) {
        return new ActionPackage(deploymentAction, "");
    }

    public boolean isPrimary() {
        return packageReference.isEmpty();
    }
}

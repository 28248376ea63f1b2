package io.jenkins.plugins.freight.engine.release;

import java.util.Objects;

/**
 * A package a release must pin a version for: one package reference of one deployment action that
 * runs in the release's channel.
 *
 * @param actionName the action (step) name
 * @param packageReferenceName the reference's name; "" for an action's primary package
 * @param packageId the package id in its feed
 * @param feedId the feed, e.g. {@code feeds-builtin}
 */
public record PackageSlot(
        String actionName, String packageReferenceName, String packageId, String feedId) {

    public PackageSlot {
        Objects.requireNonNull(actionName, "actionName");
        packageReferenceName = packageReferenceName == null ? "" : packageReferenceName;
        Objects.requireNonNull(packageId, "packageId");
        Objects.requireNonNull(feedId, "feedId");
    }

    /** "step Deploy web" or "package reference Tools of step Deploy web", for messages. */
    public String describe() {
        return packageReferenceName.isEmpty()
                ? "package " + packageId + " of step " + actionName
                : "package "
                        + packageId
                        + " (reference "
                        + packageReferenceName
                        + ") of step "
                        + actionName;
    }
}

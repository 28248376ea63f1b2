package io.jenkins.plugins.freight.engine.release;

import java.util.Objects;

/**
 * A package version a release pins (Octopus's {@code SelectedPackages} entry).
 *
 * @param actionName the action (step) name
 * @param packageReferenceName "" for the action's primary package
 * @param packageId the package id
 * @param feedId the feed it comes from
 * @param version the pinned version, as written
 */
public record SelectedPackage(
        String actionName,
        String packageReferenceName,
        String packageId,
        String feedId,
        String version) {

    public SelectedPackage {
        Objects.requireNonNull(actionName, "actionName");
        packageReferenceName = packageReferenceName == null ? "" : packageReferenceName;
        Objects.requireNonNull(packageId, "packageId");
        Objects.requireNonNull(feedId, "feedId");
        Objects.requireNonNull(version, "version");
    }

    static SelectedPackage of(PackageSlot slot, String version) {
        return new SelectedPackage(
                slot.actionName(),
                slot.packageReferenceName(),
                slot.packageId(),
                slot.feedId(),
                version);
    }
}

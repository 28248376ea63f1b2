package io.jenkins.plugins.freight.engine.feed;

import java.util.Objects;

/**
 * The outcome of pushing a package: the package version now in the feed and what the push did.
 * Octopus answers 201 for {@link Outcome#CREATED} and 200 otherwise.
 */
public record PushResult(PackageVersion packageVersion, Outcome outcome) {

    public enum Outcome {
        /** A new package version was stored. */
        CREATED,
        /** An existing package version was replaced ({@link OverwriteMode#OVERWRITE_EXISTING}). */
        OVERWRITTEN,
        /**
         * The version existed and was kept ({@link OverwriteMode#IGNORE_IF_EXISTS}); {@link
         * #packageVersion()} is the existing one.
         */
        IGNORED
    }

    public PushResult {
        Objects.requireNonNull(packageVersion, "packageVersion");
        Objects.requireNonNull(outcome, "outcome");
    }

    public boolean isCreated() {
        return outcome == Outcome.CREATED;
    }
}

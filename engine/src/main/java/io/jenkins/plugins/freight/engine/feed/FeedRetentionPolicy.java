package io.jenkins.plugins.freight.engine.feed;

import java.time.Duration;
import java.util.Objects;

/**
 * What a feed retention run removes. Package versions that a release refers to are never removed
 * (see {@link PackageReferences}); package files are removed only when no package version in any
 * space uses them.
 *
 * @param deleteUnreferencedAfter package versions no release refers to are deleted once they were
 *     published this long ago; null keeps every package version (the default, as in Octopus)
 * @param unusedContentGrace a package file nothing refers to is deleted only when no upload touched
 *     it for this long (default one hour), which protects uploads that are being recorded
 */
public record FeedRetentionPolicy(Duration deleteUnreferencedAfter, Duration unusedContentGrace) {

    public static final Duration DEFAULT_CONTENT_GRACE = Duration.ofHours(1);

    public FeedRetentionPolicy {
        Objects.requireNonNull(unusedContentGrace, "unusedContentGrace");
        if (deleteUnreferencedAfter != null && deleteUnreferencedAfter.isNegative()) {
            throw new IllegalArgumentException("deleteUnreferencedAfter must not be negative");
        }
        if (unusedContentGrace.isNegative()) {
            throw new IllegalArgumentException("unusedContentGrace must not be negative");
        }
    }

    /** Keep every package version; delete only unused package files. */
    public static FeedRetentionPolicy keepAll() {
        return new FeedRetentionPolicy(null, DEFAULT_CONTENT_GRACE);
    }

    /** Delete package versions no release uses once they are older than {@code age}. */
    public static FeedRetentionPolicy deleteUnreferencedAfter(Duration age) {
        return new FeedRetentionPolicy(age, DEFAULT_CONTENT_GRACE);
    }

    public FeedRetentionPolicy withUnusedContentGrace(Duration value) {
        return new FeedRetentionPolicy(deleteUnreferencedAfter, value);
    }
}

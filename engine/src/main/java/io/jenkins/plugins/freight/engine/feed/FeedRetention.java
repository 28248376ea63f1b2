package io.jenkins.plugins.freight.engine.feed;

import io.jenkins.plugins.freight.engine.error.TransientException;
import io.jenkins.plugins.freight.engine.storage.Database;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Feed retention: deletes old package versions nothing refers to, then package files no package
 * version uses.
 */
final class FeedRetention {

    private static final int BATCH = 500;

    private final Database database;
    private final PackageVersionRepository repository;
    private final BlobStore blobs;
    private final PackageReferences references;
    private final Clock clock;

    FeedRetention(
            Database database,
            PackageVersionRepository repository,
            BlobStore blobs,
            PackageReferences references,
            Clock clock) {
        this.database = database;
        this.repository = repository;
        this.blobs = blobs;
        this.references = references;
        this.clock = clock;
    }

    RetentionResult apply(FeedRetentionPolicy policy) {
        Instant now = clock.instant();
        int versionsDeleted = 0;
        if (policy.deleteUnreferencedAfter() != null) {
            versionsDeleted = deleteUnreferenced(now.minus(policy.deleteUnreferencedAfter()));
        }
        try {
            int files =
                    blobs.sweep(
                            sha256 ->
                                    database.withHandle(
                                            h -> repository.isContentReferenced(h, sha256)),
                            // file times come from the operating system's clock
                            Instant.now().minus(policy.unusedContentGrace()));
            return new RetentionResult(versionsDeleted, files);
        } catch (IOException e) {
            throw new TransientException("The package feed's storage cannot be cleaned up.", e);
        }
    }

    /**
     * Deletes, batch by batch, versions published before the cutoff that nothing refers to. Kept
     * versions stay at the front of the (stable) order, so the next batch starts after them.
     */
    private int deleteUnreferenced(Instant cutoff) {
        int deleted = 0;
        int kept = 0;
        while (true) {
            int offset = kept;
            List<PackageVersion> batch =
                    database.withHandle(h -> repository.publishedBefore(h, cutoff, offset, BATCH));
            if (batch.isEmpty()) {
                return deleted;
            }
            int deletedNow = deleteBatch(batch);
            deleted += deletedNow;
            kept += batch.size() - deletedNow;
        }
    }

    private int deleteBatch(List<PackageVersion> batch) {
        Map<String, List<PackageCoordinates>> bySpace = new LinkedHashMap<>();
        for (PackageVersion v : batch) {
            bySpace.computeIfAbsent(v.spaceId(), s -> new ArrayList<>()).add(v.coordinates());
        }
        return database.inTransaction(
                h -> {
                    int count = 0;
                    for (Map.Entry<String, List<PackageCoordinates>> space : bySpace.entrySet()) {
                        Set<PackageCoordinates> kept =
                                references.referenced(h, space.getKey(), space.getValue());
                        for (PackageCoordinates c : space.getValue()) {
                            if (!kept.contains(c) && repository.delete(h, space.getKey(), c)) {
                                count++;
                            }
                        }
                    }
                    return count;
                });
    }
}

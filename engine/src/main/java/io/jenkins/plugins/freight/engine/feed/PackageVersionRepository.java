package io.jenkins.plugins.freight.engine.feed;

import io.jenkins.plugins.freight.engine.version.VersionRange;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jdbi.v3.core.Handle;

/** Storage of package version rows (the files themselves live in a {@link BlobStore}). */
interface PackageVersionRepository {

    /**
     * Inserts a new row.
     *
     * @return false when a row with the same coordinates exists already (another push won)
     */
    boolean insert(Handle handle, PackageVersion version);

    /** Replaces the row with the same coordinates; false when there is none. */
    boolean replace(Handle handle, PackageVersion version);

    Optional<PackageVersion> find(Handle handle, String spaceId, PackageCoordinates coordinates);

    /** One page of the query's versions, ordered by package id, then newest version first. */
    List<PackageVersion> list(Handle handle, String spaceId, PackageQuery query);

    /** How many versions (or packages, when latest-only) the query matches in total. */
    long count(Handle handle, String spaceId, PackageQuery query);

    /**
     * Versions of one package within the range, newest first, passing {@code accept}, at most
     * {@code limit}. Reads rows lazily in version order, so the newest match costs one index range
     * scan. {@code stableOnly} lets the database skip pre-releases ({@code accept} still applies).
     */
    List<PackageVersion> newestFirst(
            Handle handle,
            String spaceId,
            String packageId,
            VersionRange range,
            boolean stableOnly,
            Predicate<PackageVersion> accept,
            int limit);

    boolean delete(Handle handle, String spaceId, PackageCoordinates coordinates);

    /** Whether any package version in any space uses the content with this SHA-256. */
    boolean isContentReferenced(Handle handle, String sha256);

    /**
     * Versions of all spaces published before the instant, oldest first (a stable order), skipping
     * {@code offset}, at most {@code limit}.
     */
    List<PackageVersion> publishedBefore(Handle handle, Instant before, int offset, int limit);
}

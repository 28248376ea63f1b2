package io.jenkins.plugins.freight.engine.feed;

import io.jenkins.plugins.freight.engine.version.OctopusVersion;
import java.time.Instant;
import java.util.Objects;

/**
 * One package version in the built-in feed.
 *
 * @param spaceId the space it was pushed to
 * @param packageId the id as first pushed (ids compare ignoring case)
 * @param version the version as pushed
 * @param extension the file extension in lower case, with its dot, e.g. {@code .tar.gz}
 * @param sizeBytes the file size
 * @param sha1 hex SHA-1 of the file (Octopus's {@code Hash})
 * @param sha256 hex SHA-256 of the file; also the name of its content in storage
 * @param published when this content was pushed
 * @param title from a {@code .nupkg}'s nuspec, otherwise ""
 * @param description from a {@code .nupkg}'s nuspec, otherwise ""
 * @param releaseNotes from a {@code .nupkg}'s nuspec, otherwise ""
 */
public record PackageVersion(
        String spaceId,
        String packageId,
        OctopusVersion version,
        String extension,
        long sizeBytes,
        String sha1,
        String sha256,
        Instant published,
        String title,
        String description,
        String releaseNotes) {

    /** The prefix of {@link #id()}. */
    public static final String ID_PREFIX = "packages-";

    public PackageVersion {
        Objects.requireNonNull(spaceId, "spaceId");
        Objects.requireNonNull(packageId, "packageId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(published, "published");
    }

    /** The API id, {@code packages-<PackageId>.<Version>}. */
    public String id() {
        return ID_PREFIX + packageId + "." + version;
    }

    /** Always {@link FeedService#BUILTIN_FEED_ID}. */
    public String feedId() {
        return FeedService.BUILTIN_FEED_ID;
    }

    /** {@code <PackageId>.<Version><extension>}. */
    public String fileName() {
        return packageId + "." + version + extension;
    }

    public PackageCoordinates coordinates() {
        return new PackageCoordinates(packageId, version);
    }
}

package io.jenkins.plugins.freight.engine.feed;

import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.TransientException;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.version.OctopusVersion;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Stores one pushed package: checks the name, streams the content into the blob store, reads a
 * nuspec, publishes the file and records the version, resolving races between pushes of the same
 * version through the table's unique key.
 */
final class PackagePush {

    private final Database database;
    private final PackageVersionRepository repository;
    private final BlobStore blobs;
    private final Clock clock;

    PackagePush(
            Database database, PackageVersionRepository repository, BlobStore blobs, Clock clock) {
        this.database = database;
        this.repository = repository;
        this.blobs = blobs;
        this.clock = clock;
    }

    /**
     * Stores the pushed package; {@code onStored} runs inside the transaction that records a new or
     * replaced version (not for an ignored one).
     */
    PushResult push(
            String spaceId,
            String fileName,
            InputStream content,
            OverwriteMode mode,
            java.util.function.BiConsumer<org.jdbi.v3.core.Handle, PushResult> onStored) {
        String extension = PackageFileName.extensionOf(fileName);
        boolean nupkg = extension.equals(PackageFileName.NUPKG);
        if (!nupkg) {
            // Known before a byte is read: refuse or ignore without receiving the content.
            Optional<PushResult> early =
                    existingOutcome(spaceId, PackageFileName.parse(fileName).coordinates(), mode);
            if (early.isPresent()) {
                return early.get();
            }
        }
        try (Upload upload = blobs.begin()) {
            Upload.Content stored = upload.write(content);
            PackageVersion version;
            if (nupkg) {
                Nuspec nuspec = Nuspec.read(upload.path());
                version = packageVersion(spaceId, fromNuspec(nuspec), extension, stored, nuspec);
            } else {
                PackageCoordinates c = PackageFileName.parse(fileName).coordinates();
                version = packageVersion(spaceId, c, extension, stored, null);
            }
            Optional<PushResult> existing = existingOutcome(spaceId, version.coordinates(), mode);
            if (existing.isPresent()) {
                return existing.get();
            }
            upload.publish();
            return record(version, mode, onStored);
        } catch (IOException e) {
            throw new TransientException(
                    "The package could not be written to the feed's storage.", e);
        }
    }

    private static PackageCoordinates fromNuspec(Nuspec nuspec) {
        Optional<OctopusVersion> version = OctopusVersion.tryParse(nuspec.version());
        if (version.isEmpty()) {
            String message =
                    "The .nuspec inside the .nupkg gives version '"
                            + PackageFileName.printable(nuspec.version())
                            + "', which is not a valid version.";
            throw new InvalidInputException(message, List.of(message));
        }
        return new PackageCoordinates(nuspec.id(), version.get());
    }

    private PackageVersion packageVersion(
            String spaceId,
            PackageCoordinates c,
            String extension,
            Upload.Content stored,
            Nuspec nuspec) {
        return new PackageVersion(
                spaceId,
                c.packageId(),
                c.version(),
                extension,
                stored.sizeBytes(),
                stored.sha1(),
                stored.sha256(),
                clock.instant(),
                nuspec == null ? "" : nuspec.title(),
                nuspec == null ? "" : nuspec.description(),
                nuspec == null ? "" : nuspec.releaseNotes());
    }

    /**
     * For FailIfExists and IgnoreIfExists, what to answer when the version exists already; empty
     * when the push should go on.
     */
    private Optional<PushResult> existingOutcome(
            String spaceId, PackageCoordinates coordinates, OverwriteMode mode) {
        if (mode == OverwriteMode.OVERWRITE_EXISTING) {
            return Optional.empty();
        }
        Optional<PackageVersion> existing =
                database.withHandle(h -> repository.find(h, spaceId, coordinates));
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        if (mode == OverwriteMode.FAIL_IF_EXISTS) {
            throw exists(coordinates);
        }
        return Optional.of(new PushResult(existing.get(), PushResult.Outcome.IGNORED));
    }

    /** Records the version; the table's unique key decides between concurrent pushes. */
    private PushResult record(
            PackageVersion version,
            OverwriteMode mode,
            java.util.function.BiConsumer<org.jdbi.v3.core.Handle, PushResult> stored) {
        for (int attempt = 0; attempt < 5; attempt++) {
            PushResult result =
                    database.inTransaction(
                            h -> {
                                PushResult r = recordOnce(h, version, mode);
                                if (r != null && r.outcome() != PushResult.Outcome.IGNORED) {
                                    stored.accept(h, r);
                                }
                                return r;
                            });
            if (result != null) {
                return result;
            }
        }
        throw new TransientException(
                "The package version kept changing while it was pushed; push it again.");
    }

    private PushResult recordOnce(
            org.jdbi.v3.core.Handle h, PackageVersion version, OverwriteMode mode) {
        if (mode == OverwriteMode.OVERWRITE_EXISTING && repository.replace(h, version)) {
            return new PushResult(version, PushResult.Outcome.OVERWRITTEN);
        }
        if (repository.insert(h, version)) {
            return new PushResult(version, PushResult.Outcome.CREATED);
        }
        switch (mode) {
            case FAIL_IF_EXISTS:
                throw exists(version.coordinates());
            case IGNORE_IF_EXISTS:
                return repository
                        .find(h, version.spaceId(), version.coordinates())
                        .map(existing -> new PushResult(existing, PushResult.Outcome.IGNORED))
                        .orElse(null); // deleted meanwhile: try again
            default:
                return repository.replace(h, version)
                        ? new PushResult(version, PushResult.Outcome.OVERWRITTEN)
                        : null;
        }
    }

    static ConflictException exists(PackageCoordinates c) {
        return new ConflictException(
                FeedService.PACKAGE_EXISTS
                        + " ("
                        + c.packageId()
                        + " "
                        + c.version()
                        + "); push with overwrite mode OverwriteExisting to replace it.");
    }
}

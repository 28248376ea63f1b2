package io.jenkins.plugins.freight.engine.feed;

import io.jenkins.plugins.freight.engine.audit.AuditLog;
import io.jenkins.plugins.freight.engine.audit.EventRequest;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.error.TransientException;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.version.OctopusVersion;
import io.jenkins.plugins.freight.engine.version.VersionRange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in package feed ({@value #BUILTIN_FEED_ID}): push, look up, list, delete and retain
 * package versions. Files live content-addressed under {@code <dataDir>/packages}; rows in the
 * database. See {@code docs/packages.md} for the rules users see.
 *
 * <p>Permissions: pushing needs {@code BuiltInFeedPush}, overwriting and deleting {@code
 * BuiltInFeedAdminister}, reading {@code FeedView}.
 */
public final class FeedService {

    private static final Logger LOG = LoggerFactory.getLogger(FeedService.class);

    /** The id of the built-in feed in every space. */
    public static final String BUILTIN_FEED_ID = "feeds-builtin";

    /** The start of the message when a push finds the version already there (FailIfExists). */
    public static final String PACKAGE_EXISTS =
            "A package with the same name and version already exists";

    static final String PUSH = "BuiltInFeedPush";
    static final String ADMINISTER = "BuiltInFeedAdminister";
    static final String VIEW = "FeedView";

    private final Database database;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final PackageVersionRepository repository;
    private final BlobStore blobs;
    private final PackagePush pushes;
    private final FeedRetention retention;
    private final FeedMaintenance maintenance;

    private FeedService(
            Database database,
            AccessPolicy access,
            BlobStore blobs,
            PackageReferences references,
            Clock clock,
            AuditLog audit) {
        this.database = database;
        this.audit = audit;
        this.access = access;
        this.repository = new JdbcPackageVersionRepository();
        this.blobs = blobs;
        this.pushes = new PackagePush(database, repository, blobs, clock);
        this.retention = new FeedRetention(database, repository, blobs, references, clock);
        this.maintenance = new FeedMaintenance(retention);
    }

    /**
     * Opens the feed whose files live in {@code packagesDir} (created when missing) and removes
     * what crashed uploads left behind.
     */
    public static FeedService open(
            Database database,
            Path packagesDir,
            AccessPolicy access,
            PackageReferences references,
            Clock clock) {
        return open(database, packagesDir, access, references, clock, null);
    }

    /**
     * Like {@link #open(Database, Path, AccessPolicy, PackageReferences, Clock)}, recording pushes
     * and deletions in {@code audit} (null: not recorded).
     */
    public static FeedService open(
            Database database,
            Path packagesDir,
            AccessPolicy access,
            PackageReferences references,
            Clock clock,
            AuditLog audit) {
        try {
            BlobStore blobs = new BlobStore(packagesDir);
            int removed = blobs.removeLeftovers();
            if (removed > 0) {
                LOG.info("Removed {} incomplete package upload(s) left by an earlier run", removed);
            }
            return new FeedService(database, access, blobs, references, clock, audit);
        } catch (IOException e) {
            throw new TransientException("The package feed's storage cannot be opened.", e);
        }
    }

    /** The feed's directory under an engine data directory. */
    public static Path packagesDir(Path dataDir) {
        return dataDir.resolve("packages");
    }

    /**
     * Pushes a package. The id and version come from the file name ({@code <id>.<version>.<ext>}),
     * or from the nuspec of a {@code .nupkg}. The content is streamed: memory use does not depend
     * on its size.
     *
     * @param mode null means {@link OverwriteMode#FAIL_IF_EXISTS}
     * @throws io.jenkins.plugins.freight.engine.error.ConflictException when the version exists and
     *     the mode is FailIfExists; the message starts with {@link #PACKAGE_EXISTS}
     * @throws InvalidInputException for a bad file name, nuspec or an interrupted upload
     */
    public PushResult push(
            Caller caller,
            String spaceId,
            String fileName,
            InputStream content,
            OverwriteMode mode) {
        Objects.requireNonNull(content, "content");
        OverwriteMode effective = mode == null ? OverwriteMode.FAIL_IF_EXISTS : mode;
        checkSpace(spaceId);
        access.require(caller, PUSH, spaceId);
        if (effective == OverwriteMode.OVERWRITE_EXISTING) {
            access.require(caller, ADMINISTER, spaceId);
        }
        PushResult result =
                pushes.push(
                        spaceId,
                        fileName,
                        content,
                        effective,
                        (h, stored) -> recordPush(h, caller, stored));
        LOG.info(
                "{} {} {} {} in {}",
                caller.username(),
                result.outcome().name().toLowerCase(Locale.ROOT),
                result.packageVersion().packageId(),
                result.packageVersion().version(),
                spaceId);
        return result;
    }

    /** A stored push: the package version is created, or modified when overwritten. */
    private void recordPush(Handle h, Caller caller, PushResult stored) {
        if (audit == null) {
            return;
        }
        PackageVersion v = stored.packageVersion();
        String message = "Package " + v.packageId() + " " + v.version();
        audit.record(
                h,
                caller,
                stored.outcome() == PushResult.Outcome.OVERWRITTEN
                        ? EventRequest.modified(
                                v.spaceId(), v.id(), message + " was overwritten", null, v)
                        : EventRequest.created(v.spaceId(), v.id(), message + " was pushed", v));
    }

    /**
     * A package version by its API id, {@code packages-<PackageId>.<Version>} (the prefix is
     * optional).
     *
     * @throws NotFoundException when there is no such package version in the space
     */
    public PackageVersion get(Caller caller, String spaceId, String id) {
        checkSpace(spaceId);
        access.require(caller, VIEW, spaceId);
        Optional<PackageCoordinates> coordinates = PackageCoordinates.fromApiId(id);
        return coordinates
                .flatMap(c -> database.withHandle(h -> repository.find(h, spaceId, c)))
                .orElseThrow(() -> NotFoundException.of("Package", printable(id)));
    }

    /** A package version by id and version, compared ignoring case and semantically. */
    public Optional<PackageVersion> find(
            Caller caller, String spaceId, String packageId, OctopusVersion version) {
        checkSpace(spaceId);
        access.require(caller, VIEW, spaceId);
        PackageCoordinates c = new PackageCoordinates(packageId, version);
        return database.withHandle(h -> find(h, spaceId, c));
    }

    /**
     * Like {@link #find(Caller, String, String, OctopusVersion)} inside another service's
     * transaction; that service has checked the caller's permissions.
     */
    public Optional<PackageVersion> find(Handle handle, String spaceId, PackageCoordinates c) {
        return repository.find(handle, spaceId, c);
    }

    /** One page of package versions, ordered by package id, then newest version first. */
    public FeedPage<PackageVersion> list(Caller caller, String spaceId, PackageQuery query) {
        checkSpace(spaceId);
        access.require(caller, VIEW, spaceId);
        return database.inTransaction(
                h ->
                        new FeedPage<>(
                                repository.list(h, spaceId, query),
                                repository.count(h, spaceId, query),
                                query.skip(),
                                query.take()));
    }

    /**
     * Versions of a package within a range whose pre-release tag matches a pattern, newest first:
     * how a release picks package versions under channel rules.
     *
     * @param range null means any version
     * @param preReleasePattern a regular expression searched for in the pre-release tag (with
     *     {@code +metadata} appended when present), e.g. {@code ^$} for stable versions only; null
     *     or empty means any
     * @param limit at most this many
     */
    public List<PackageVersion> versions(
            Caller caller,
            String spaceId,
            String packageId,
            VersionRange range,
            String preReleasePattern,
            int limit) {
        checkSpace(spaceId);
        access.require(caller, VIEW, spaceId);
        return database.inTransaction(
                h -> versions(h, spaceId, packageId, range, preReleasePattern, limit));
    }

    /**
     * Like {@link #versions(Caller, String, String, VersionRange, String, int)} inside another
     * service's transaction; that service has checked the caller's permissions.
     */
    public List<PackageVersion> versions(
            Handle handle,
            String spaceId,
            String packageId,
            VersionRange range,
            String preReleasePattern,
            int limit) {
        PackageFileName.checkPackageId(packageId);
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
        Predicate<PackageVersion> accept = PreReleasePattern.matcher(preReleasePattern);
        return repository.newestFirst(
                handle,
                spaceId,
                packageId,
                range == null ? VersionRange.any() : range,
                PreReleasePattern.isStableOnly(preReleasePattern),
                accept,
                limit);
    }

    /** The newest version of a package within the range matching the pre-release pattern. */
    public Optional<PackageVersion> latest(
            Caller caller,
            String spaceId,
            String packageId,
            VersionRange range,
            String preReleasePattern) {
        return versions(caller, spaceId, packageId, range, preReleasePattern, 1).stream()
                .findFirst();
    }

    /** Opens a package version's content for reading. */
    public InputStream openContent(Caller caller, PackageVersion version) throws IOException {
        access.require(caller, VIEW, version.spaceId());
        return Files.newInputStream(blobs.pathOf(version.sha256()));
    }

    /** Where a package version's content is stored, for steps that copy it. */
    public Path contentPath(Caller caller, PackageVersion version) {
        access.require(caller, VIEW, version.spaceId());
        return blobs.pathOf(version.sha256());
    }

    /**
     * Deletes a package version. Its file is removed by the next retention run if nothing else uses
     * the same content.
     *
     * @throws NotFoundException when there is no such package version
     */
    public void delete(Caller caller, String spaceId, String id) {
        PackageVersion version = get(caller, spaceId, id);
        access.require(caller, ADMINISTER, spaceId);
        database.useTransaction(
                h -> {
                    repository.delete(h, spaceId, version.coordinates());
                    if (audit != null) {
                        audit.record(
                                h,
                                caller,
                                EventRequest.deleted(
                                        spaceId,
                                        version.id(),
                                        "Package "
                                                + version.packageId()
                                                + " "
                                                + version.version()
                                                + " was deleted",
                                        version));
                    }
                });
        LOG.info(
                "{} deleted {} {} in {}",
                caller.username(),
                version.packageId(),
                version.version(),
                spaceId);
    }

    /** Applies a retention policy across all spaces; see {@link FeedRetentionPolicy}. */
    public RetentionResult applyRetention(Caller caller, FeedRetentionPolicy policy) {
        access.require(caller, ADMINISTER, null);
        return retention.apply(policy);
    }

    /**
     * Starts background maintenance: every {@code interval}, package files that no package version
     * uses any more (after deletes and overwrites) are removed, as {@link
     * FeedRetentionPolicy#keepAll()} does. Package versions themselves are only removed by an
     * explicit {@link #applyRetention} with an age. Idempotent.
     */
    public void start(Duration interval) {
        maintenance.start(interval);
    }

    /** Stops background maintenance, waiting briefly for a running sweep. Idempotent. */
    public void stop() {
        maintenance.stop();
    }

    /**
     * Removes temporary files of uploads whose writer is gone; run at start-up by {@link #open}.
     */
    public int removeLeftovers() {
        try {
            return blobs.removeLeftovers();
        } catch (IOException e) {
            throw new TransientException("The package feed's storage cannot be read.", e);
        }
    }

    private static void checkSpace(String spaceId) {
        if (spaceId == null || spaceId.isBlank() || spaceId.length() > 50) {
            String message = "A space id is required.";
            throw new InvalidInputException(message, List.of(message));
        }
    }

    private static String printable(String s) {
        return s == null ? "" : PackageFileName.printable(s);
    }
}

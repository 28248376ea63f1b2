package io.jenkins.plugins.freight.engine.feed;

import io.jenkins.plugins.freight.engine.audit.AuditLog;
import io.jenkins.plugins.freight.engine.audit.EventRequest;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.error.TransientException;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.storage.Database;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Build information attached to package versions (space, package id, version), pushed by CI servers
 * with the same overwrite modes as packages.
 *
 * <p>Permissions: pushing needs {@code BuildInformationPush}, overwriting and deleting {@code
 * BuildInformationAdminister}, reading {@code FeedView}.
 */
public final class BuildInformationService {

    /** The start of the message when build information exists already (FailIfExists). */
    public static final String EXISTS =
            "Build information for this package id and version already exists";

    static final String PUSH = "BuildInformationPush";
    static final String ADMINISTER = "BuildInformationAdminister";

    private final Database database;
    private final AccessPolicy access;
    private final Clock clock;
    private final AuditLog audit;
    private final BuildInformationRepository repository = new JdbcBuildInformationRepository();

    public BuildInformationService(Database database, AccessPolicy access, Clock clock) {
        this(database, access, clock, null);
    }

    /**
     * @param audit where pushes and deletions are recorded (null: not recorded)
     */
    public BuildInformationService(
            Database database, AccessPolicy access, Clock clock, AuditLog audit) {
        this.database = database;
        this.access = access;
        this.clock = clock;
        this.audit = audit;
    }

    /** The outcome of a push: the build information now stored and what the push did. */
    public record PushOutcome(BuildInformation buildInformation, PushResult.Outcome outcome) {}

    /**
     * Stores build information for a package version.
     *
     * @param mode null means {@link OverwriteMode#FAIL_IF_EXISTS}
     * @throws ConflictException when it exists and the mode is FailIfExists
     * @throws InvalidInputException listing every invalid field
     */
    public PushOutcome push(
            Caller caller, String spaceId, BuildInformationRequest request, OverwriteMode mode) {
        OverwriteMode effective = mode == null ? OverwriteMode.FAIL_IF_EXISTS : mode;
        checkSpace(spaceId);
        access.require(caller, PUSH, spaceId);
        if (effective == OverwriteMode.OVERWRITE_EXISTING) {
            access.require(caller, ADMINISTER, spaceId);
        }
        PackageCoordinates c = request.validate();
        for (int attempt = 0; attempt < 5; attempt++) {
            PushOutcome outcome =
                    database.inTransaction(
                            h -> {
                                PushOutcome pushed = pushOnce(h, spaceId, request, c, effective);
                                if (pushed != null) {
                                    recordPush(h, caller, pushed);
                                }
                                return pushed;
                            });
            if (outcome != null) {
                return outcome;
            }
        }
        throw new TransientException(
                "The build information kept changing while it was pushed; push it again.");
    }

    /** A stored push: created, or modified when overwritten; an ignored push changes nothing. */
    private void recordPush(Handle h, Caller caller, PushOutcome pushed) {
        if (audit == null || pushed.outcome() == PushResult.Outcome.IGNORED) {
            return;
        }
        BuildInformation b = pushed.buildInformation();
        String message = "Build information for " + b.packageId() + " " + b.version();
        audit.record(
                h,
                caller,
                pushed.outcome() == PushResult.Outcome.OVERWRITTEN
                        ? EventRequest.modified(
                                b.spaceId(), b.id(), message + " was overwritten", null, b)
                        : EventRequest.created(b.spaceId(), b.id(), message + " was pushed", b));
    }

    private PushOutcome pushOnce(
            Handle h,
            String spaceId,
            BuildInformationRequest request,
            PackageCoordinates c,
            OverwriteMode mode) {
        Optional<BuildInformation> existing = repository.find(h, spaceId, c);
        if (existing.isPresent()) {
            return switch (mode) {
                case FAIL_IF_EXISTS -> throw exists(c);
                case IGNORE_IF_EXISTS ->
                        new PushOutcome(existing.get(), PushResult.Outcome.IGNORED);
                case OVERWRITE_EXISTING -> {
                    BuildInformation replaced = build(existing.get().id(), spaceId, request, c);
                    yield repository.replace(h, replaced)
                            ? new PushOutcome(replaced, PushResult.Outcome.OVERWRITTEN)
                            : null;
                }
            };
        }
        BuildInformation created =
                build(Database.nextId(h, "BuildInformation"), spaceId, request, c);
        if (repository.insert(h, created)) {
            return new PushOutcome(created, PushResult.Outcome.CREATED);
        }
        if (mode == OverwriteMode.FAIL_IF_EXISTS) {
            throw exists(c);
        }
        return null; // another push won meanwhile: decide again against its row
    }

    private BuildInformation build(
            String id, String spaceId, BuildInformationRequest r, PackageCoordinates c) {
        List<BuildInformation.Commit> commits =
                r.commits().stream()
                        .map(
                                commit ->
                                        new BuildInformation.Commit(
                                                commit.id(),
                                                commit.comment(),
                                                r.commitUrl(commit.id())))
                        .toList();
        return new BuildInformation(
                id,
                spaceId,
                c.packageId(),
                c.version(),
                r.buildEnvironment(),
                r.buildNumber(),
                r.buildUrl(),
                r.branch(),
                r.vcsType(),
                r.vcsRoot(),
                r.vcsCommitNumber(),
                r.commitUrl(r.vcsCommitNumber()),
                commits,
                r.workItems(),
                clock.instant());
    }

    private static ConflictException exists(PackageCoordinates c) {
        return new ConflictException(
                EXISTS
                        + " ("
                        + c.packageId()
                        + " "
                        + c.version()
                        + "); push with overwrite mode OverwriteExisting to replace it.");
    }

    /** Build information by id ({@code BuildInformation-N}). */
    public BuildInformation get(Caller caller, String spaceId, String id) {
        checkSpace(spaceId);
        access.require(caller, FeedService.VIEW, spaceId);
        return database.withHandle(h -> repository.get(h, spaceId, id))
                .orElseThrow(() -> NotFoundException.of("Build information", String.valueOf(id)));
    }

    /** Build information of one package version. */
    public Optional<BuildInformation> find(
            Caller caller, String spaceId, PackageCoordinates coordinates) {
        checkSpace(spaceId);
        access.require(caller, FeedService.VIEW, spaceId);
        return database.withHandle(h -> find(h, spaceId, coordinates));
    }

    /**
     * Like {@link #find(Caller, String, PackageCoordinates)} inside another service's transaction.
     */
    public Optional<BuildInformation> find(Handle handle, String spaceId, PackageCoordinates c) {
        return repository.find(handle, spaceId, c);
    }

    /** The build information of a package's newest version that has any. */
    public Optional<BuildInformation> latest(Caller caller, String spaceId, String packageId) {
        PackageFileName.checkPackageId(packageId);
        return list(caller, spaceId, new PackageQuery(null, packageId, true, 0, 1)).items().stream()
                .findFirst();
    }

    /** One page, ordered by package id, then newest version first. */
    public FeedPage<BuildInformation> list(Caller caller, String spaceId, PackageQuery query) {
        checkSpace(spaceId);
        access.require(caller, FeedService.VIEW, spaceId);
        return database.inTransaction(
                h ->
                        new FeedPage<>(
                                repository.list(h, spaceId, query),
                                repository.count(h, spaceId, query),
                                query.skip(),
                                query.take()));
    }

    /** Deletes build information by id. */
    public void delete(Caller caller, String spaceId, String id) {
        checkSpace(spaceId);
        access.require(caller, ADMINISTER, spaceId);
        database.inTransaction(
                h -> {
                    BuildInformation existing =
                            repository
                                    .get(h, spaceId, id)
                                    .orElseThrow(
                                            () ->
                                                    NotFoundException.of(
                                                            "Build information",
                                                            String.valueOf(id)));
                    if (!repository.delete(h, spaceId, id)) {
                        throw NotFoundException.of("Build information", String.valueOf(id));
                    }
                    if (audit != null) {
                        audit.record(
                                h,
                                caller,
                                EventRequest.deleted(
                                        spaceId,
                                        id,
                                        "Build information for "
                                                + existing.packageId()
                                                + " "
                                                + existing.version()
                                                + " was deleted",
                                        existing));
                    }
                    return null;
                });
    }

    private static void checkSpace(String spaceId) {
        if (spaceId == null || spaceId.isBlank() || spaceId.length() > 50) {
            String message = "A space id is required.";
            throw new InvalidInputException(message, List.of(message));
        }
    }
}

package io.jenkins.plugins.freight.engine.worker;

import io.jenkins.plugins.freight.engine.audit.AuditLog;
import io.jenkins.plugins.freight.engine.audit.EventRequest;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.process.ActionReferenceCheck;
import io.jenkins.plugins.freight.engine.process.DeploymentAction;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.space.DocumentTable.Scope;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Names;
import io.jenkins.plugins.freight.engine.space.Page;
import io.jenkins.plugins.freight.engine.space.References;
import io.jenkins.plugins.freight.engine.space.SpaceCleaner;
import io.jenkins.plugins.freight.engine.space.SpaceInitializer;
import io.jenkins.plugins.freight.engine.space.SpaceService;
import io.jenkins.plugins.freight.engine.storage.Database;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Worker pools: every space has exactly one default pool ("Default Worker Pool" to begin with),
 * which steps that run on the server use when they name no pool. Making another pool the default
 * takes the mark from the old one; the default pool cannot be deleted, and neither can a pool that
 * workers or deployment processes still use.
 */
public final class WorkerPoolService {

    static final String KIND = "Worker pool";

    private final Database database;
    private final AccessPolicy access;
    private final Clock clock;
    private final SpaceService spaces;
    private final WorkerPoolRepository pools;
    private final References references;
    private final AuditLog audit;

    public WorkerPoolService(
            Database database,
            AccessPolicy access,
            Clock clock,
            SpaceService spaces,
            WorkerPoolRepository pools,
            References references,
            AuditLog audit) {
        this.database = database;
        this.access = access;
        this.clock = clock;
        this.spaces = spaces;
        this.pools = pools;
        this.references = references;
        this.audit = audit;
    }

    /** Gives each new space its default pool (no event: it comes with the space). */
    public SpaceInitializer defaultPoolInitializer() {
        return (h, space) -> insertDefault(h, space.id());
    }

    /** Removes a deleted space's pools (its workers are removed first). */
    public SpaceCleaner cleaner() {
        return (h, space) -> pools.table().deleteAll(h, space.id());
    }

    /**
     * Gives every space created before worker pools existed its default pool. Each space in its own
     * transaction; when several nodes start at once, the unique index lets exactly one add it.
     */
    public void ensureDefaults() {
        for (String spaceId : database.withHandle(pools::spacesWithoutDefault)) {
            try {
                database.useTransaction(
                        h -> {
                            if (pools.findDefault(h, spaceId).isEmpty()) {
                                insertDefault(h, spaceId);
                            }
                        });
            } catch (ConflictException e) {
                // another node added it at the same time
            }
        }
    }

    public WorkerPool create(Caller caller, String spaceId, WorkerPool pool) {
        access.require(caller, "WorkerEdit", spaceId);
        String name = Names.require(pool.name(), KIND);
        return database.inTransaction(
                h -> {
                    spaces.require(h, spaceId);
                    requireUniqueName(h, spaceId, name, null);
                    String id = Database.nextId(h, "WorkerPools");
                    WorkerPool stored = save(h, spaceId, pool, name, id, null, caller.username());
                    audit.record(
                            h,
                            caller,
                            EventRequest.created(
                                    spaceId, id, "Worker pool " + name + " was created", stored));
                    return stored;
                });
    }

    public WorkerPool get(Caller caller, String spaceId, String reference) {
        access.require(caller, "WorkerView", spaceId);
        return database.withHandle(h -> require(h, spaceId, reference));
    }

    /** A page of pools in sort order. */
    public Page<WorkerPool> list(Caller caller, String spaceId, ListQuery query) {
        access.require(caller, "WorkerView", spaceId);
        return database.withHandle(
                h -> {
                    spaces.require(h, spaceId);
                    return pools.list(h, spaceId, query);
                });
    }

    /**
     * Saves a pool. Making it the default takes the mark from the previous default; the default
     * pool cannot stop being the default on its own (make another pool the default instead).
     */
    public WorkerPool modify(Caller caller, String spaceId, String id, WorkerPool changed) {
        access.require(caller, "WorkerEdit", spaceId);
        String name = Names.require(changed.name(), KIND);
        return database.inTransaction(
                h -> {
                    WorkerPool current = require(h, spaceId, id);
                    requireUniqueName(h, spaceId, name, current.id());
                    if (current.isDefault() && !changed.isDefault()) {
                        throw new InvalidInputException(
                                "Worker pool "
                                        + current.name()
                                        + " is the default pool and stays so until another pool"
                                        + " is made the default.");
                    }
                    WorkerPool stored =
                            save(
                                    h,
                                    spaceId,
                                    changed,
                                    name,
                                    current.id(),
                                    current,
                                    caller.username());
                    if (!current.name().equals(stored.name())) {
                        references.rename(h, stored.id(), stored.name());
                    }
                    audit.record(
                            h,
                            caller,
                            EventRequest.modified(
                                    spaceId,
                                    current.id(),
                                    "Worker pool " + name + " was changed",
                                    current,
                                    stored));
                    return stored;
                });
    }

    /** Deletes a pool that is not the default and that no worker or process uses. */
    public void delete(Caller caller, String spaceId, String id) {
        access.require(caller, "WorkerEdit", spaceId);
        database.useTransaction(
                h -> {
                    WorkerPool current = require(h, spaceId, id);
                    if (current.isDefault()) {
                        throw new ConflictException(
                                "Worker pool "
                                        + current.name()
                                        + " is the space's default pool and cannot be deleted;"
                                        + " make another pool the default first.");
                    }
                    references.requireUnused(
                            h, current.id(), KIND + " '" + current.name() + "'", List.of());
                    pools.delete(h, spaceId, current.id());
                    audit.record(
                            h,
                            caller,
                            EventRequest.deleted(
                                    spaceId,
                                    current.id(),
                                    "Worker pool " + current.name() + " was deleted",
                                    current));
                });
    }

    /**
     * The check a deployment process passes when saved: the worker pool each action names (field
     * {@code WorkerPoolId} or property {@code Octopus.Action.WorkerPoolId}) is a pool of the space.
     */
    public ActionReferenceCheck processCheck() {
        return (h, spaceId, actions) -> {
            List<String> errors = new ArrayList<>();
            for (DeploymentAction action : actions) {
                for (String pool :
                        new String[] {
                            action.workerPoolId(),
                            action.properties().get(DeploymentAction.WORKER_POOL_PROPERTY)
                        }) {
                    if (pool != null
                            && !pool.isBlank()
                            && !missing(h, spaceId, List.of(pool.strip())).isEmpty()) {
                        errors.add(
                                "Action '"
                                        + action.name()
                                        + "' runs on worker pool '"
                                        + pool.strip()
                                        + "', which was not found in this space (give the pool's"
                                        + " id).");
                    }
                }
            }
            return errors;
        };
    }

    // ---- for engine components inside their own transaction (no permission check) ----

    public WorkerPool require(Handle handle, String spaceId, String reference) {
        spaces.require(handle, spaceId);
        return pools.findByReference(handle, spaceId, reference)
                .orElseThrow(() -> NotFoundException.of(KIND, reference));
    }

    public Optional<WorkerPool> find(Handle handle, String spaceId, String reference) {
        return pools.findByReference(handle, spaceId, reference);
    }

    /** The space's default pool. */
    public Optional<WorkerPool> findDefault(Handle handle, String spaceId) {
        return pools.findDefault(handle, spaceId);
    }

    /** Of these pool ids, those that are not pools of the space. */
    public List<String> missing(Handle handle, String spaceId, List<String> ids) {
        return pools.table().missing(handle, spaceId, ids);
    }

    private void insertDefault(Handle h, String spaceId) {
        String id = Database.nextId(h, "WorkerPools");
        save(
                h,
                spaceId,
                WorkerPool.named(WorkerPool.DEFAULT_NAME).withDefault(true),
                WorkerPool.DEFAULT_NAME,
                id,
                null,
                Caller.system().username());
    }

    private WorkerPool save(
            Handle h,
            String spaceId,
            WorkerPool p,
            String name,
            String id,
            WorkerPool current,
            String by) {
        String slug =
                pools.table()
                        .slugFor(
                                h,
                                Scope.space(spaceId),
                                p.slug(),
                                current == null ? null : current.slug(),
                                name,
                                id,
                                KIND);
        int sortOrder =
                current == null && p.sortOrder() <= 0
                        ? pools.maxSortOrder(h, spaceId) + 1
                        : p.sortOrder();
        if (p.isDefault() && (current == null || !current.isDefault())) {
            // the mark moves: the previous default stops being the default in this transaction
            Optional<WorkerPool> previous = pools.findDefault(h, spaceId);
            if (previous.isPresent()) {
                WorkerPool old = previous.get();
                pools.update(
                        h,
                        old.stored(
                                old.id(),
                                spaceId,
                                old.name(),
                                old.slug(),
                                false,
                                old.sortOrder(),
                                clock.instant(),
                                by));
            }
        }
        WorkerPool stored =
                p.stored(id, spaceId, name, slug, p.isDefault(), sortOrder, clock.instant(), by);
        if (current == null) {
            pools.insert(h, stored);
        } else {
            pools.update(h, stored);
        }
        return stored;
    }

    private void requireUniqueName(Handle h, String spaceId, String name, String exceptId) {
        if (pools.table().isNameTaken(h, Scope.space(spaceId), name, exceptId)) {
            throw new ConflictException(
                    "A worker pool named '" + name + "' already exists in this space.");
        }
    }
}

package io.jenkins.plugins.freight.engine.worker;

import io.jenkins.plugins.freight.engine.audit.AuditLog;
import io.jenkins.plugins.freight.engine.audit.EventRequest;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.machine.AccountService;
import io.jenkins.plugins.freight.engine.machine.MachineHealth;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.space.DocumentTable.Scope;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Names;
import io.jenkins.plugins.freight.engine.space.Page;
import io.jenkins.plugins.freight.engine.space.References;
import io.jenkins.plugins.freight.engine.space.References.Referrer;
import io.jenkins.plugins.freight.engine.space.SpaceCleaner;
import io.jenkins.plugins.freight.engine.space.SpaceService;
import io.jenkins.plugins.freight.engine.storage.Database;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Workers: SSH machines in one or more worker pools, with the account they log in with (the same
 * endpoint, account and host-key rules as SSH deployment targets); and the question deployments
 * ask: which enabled workers a pool has.
 */
public final class WorkerService {

    static final String KIND = "Worker";

    private final Database database;
    private final AccessPolicy access;
    private final Clock clock;
    private final SpaceService spaces;
    private final WorkerPoolService pools;
    private final AccountService accounts;
    private final WorkerRepository workers;
    private final References references;
    private final AuditLog audit;

    public WorkerService(
            Database database,
            AccessPolicy access,
            Clock clock,
            SpaceService spaces,
            WorkerPoolService pools,
            AccountService accounts,
            WorkerRepository workers,
            References references,
            AuditLog audit) {
        this.database = database;
        this.access = access;
        this.clock = clock;
        this.spaces = spaces;
        this.pools = pools;
        this.accounts = accounts;
        this.workers = workers;
        this.references = references;
        this.audit = audit;
    }

    public Worker create(Caller caller, String spaceId, Worker worker) {
        access.require(caller, "WorkerEdit", spaceId);
        String name = Names.require(worker.name(), KIND);
        return database.inTransaction(
                h -> {
                    spaces.require(h, spaceId);
                    requireUniqueName(h, spaceId, name, null);
                    String id = Database.nextId(h, "Workers");
                    Worker stored = save(h, spaceId, worker, name, id, null, caller);
                    audit.record(
                            h,
                            caller,
                            EventRequest.created(
                                    spaceId, id, "Worker " + name + " was created", stored));
                    return stored;
                });
    }

    public Worker get(Caller caller, String spaceId, String reference) {
        access.require(caller, "WorkerView", spaceId);
        return database.withHandle(h -> require(h, spaceId, reference));
    }

    /** A page of workers by name, filtered by pool, disabled state, health and endpoint style. */
    public Page<Worker> list(Caller caller, String spaceId, ListQuery query, WorkerFilter filter) {
        access.require(caller, "WorkerView", spaceId);
        return database.withHandle(
                h -> {
                    spaces.require(h, spaceId);
                    return workers.list(h, spaceId, query, filter);
                });
    }

    /** Saves a worker; its health stays as the last check left it. */
    public Worker modify(Caller caller, String spaceId, String id, Worker changed) {
        access.require(caller, "WorkerEdit", spaceId);
        String name = Names.require(changed.name(), KIND);
        return database.inTransaction(
                h -> {
                    Worker current = require(h, spaceId, id);
                    requireUniqueName(h, spaceId, name, current.id());
                    Worker stored = save(h, spaceId, changed, name, current.id(), current, caller);
                    audit.record(
                            h,
                            caller,
                            EventRequest.modified(
                                    spaceId,
                                    current.id(),
                                    "Worker " + name + " was changed",
                                    current,
                                    stored));
                    return stored;
                });
    }

    public void delete(Caller caller, String spaceId, String id) {
        access.require(caller, "WorkerEdit", spaceId);
        database.useTransaction(
                h -> {
                    Worker current = require(h, spaceId, id);
                    references.requireUnused(
                            h, current.id(), KIND + " '" + current.name() + "'", List.of());
                    references.remove(h, current.id());
                    workers.delete(h, spaceId, current.id());
                    audit.record(
                            h,
                            caller,
                            EventRequest.deleted(
                                    spaceId,
                                    current.id(),
                                    "Worker " + current.name() + " was deleted",
                                    current));
                });
    }

    // ---- for engine components inside their own transaction (no permission check) ----

    /** Removes a deleted space's workers (before its pools and accounts). */
    public SpaceCleaner cleaner() {
        return (h, space) -> {
            for (Worker w :
                    workers.list(h, space.id(), ListQuery.all(), WorkerFilter.none()).items()) {
                references.remove(h, w.id());
                workers.delete(h, space.id(), w.id());
            }
        };
    }

    public Worker require(Handle handle, String spaceId, String reference) {
        spaces.require(handle, spaceId);
        return workers.findByReference(handle, spaceId, reference)
                .orElseThrow(() -> NotFoundException.of(KIND, reference));
    }

    /** The pool's enabled workers, by name. */
    public List<Worker> enabledWorkers(Handle handle, String spaceId, String workerPoolId) {
        return workers.list(
                        handle,
                        spaceId,
                        ListQuery.all(),
                        new WorkerFilter(
                                List.of(workerPoolId), Boolean.FALSE, List.of(), List.of()))
                .items();
    }

    /** Records what a health check found. */
    public Worker recordHealth(
            Handle handle, String spaceId, String workerId, MachineHealth health) {
        Worker current = require(handle, spaceId, workerId);
        Worker checked =
                current.stored(
                        current.id(),
                        spaceId,
                        current.name(),
                        current.slug(),
                        health,
                        current.lastModifiedOn(),
                        current.lastModifiedBy());
        workers.update(handle, checked);
        return checked;
    }

    private Worker save(
            Handle h,
            String spaceId,
            Worker w,
            String name,
            String id,
            Worker current,
            Caller caller) {
        List<String> errors = new ArrayList<>();
        if (w.workerPoolIds().isEmpty()) {
            errors.add("A worker needs at least one worker pool.");
        }
        for (String missing : pools.missing(h, spaceId, w.workerPoolIds())) {
            errors.add("Worker pool '" + missing + "' was not found in this space.");
        }
        if (w.endpoint() == null) {
            errors.add("A worker needs an endpoint (how to reach it).");
        } else {
            errors.addAll(accounts.endpointProblems(h, spaceId, w.endpoint()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(
                    "The worker is not valid: " + String.join(" ", errors), errors);
        }
        String slug =
                workers.table()
                        .slugFor(
                                h,
                                Scope.space(spaceId),
                                w.slug(),
                                current == null ? null : current.slug(),
                                name,
                                id,
                                KIND);
        Worker stored =
                w.stored(
                        id,
                        spaceId,
                        name,
                        slug,
                        current == null ? MachineHealth.unknown() : current.health(),
                        clock.instant(),
                        caller.username());
        if (current == null) {
            workers.insert(h, stored);
        } else {
            workers.update(h, stored);
        }
        List<String> targets = new ArrayList<>(stored.workerPoolIds());
        targets.add(stored.endpoint().accountId());
        references.replace(h, spaceId, new Referrer(KIND, stored.id(), stored.name()), targets);
        return stored;
    }

    private void requireUniqueName(Handle h, String spaceId, String name, String exceptId) {
        if (workers.table().isNameTaken(h, Scope.space(spaceId), name, exceptId)) {
            throw new ConflictException(
                    "A worker named '" + name + "' already exists in this space.");
        }
    }
}

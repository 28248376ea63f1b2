package io.jenkins.plugins.freight.engine.environment;

import io.jenkins.plugins.freight.engine.audit.AuditLog;
import io.jenkins.plugins.freight.engine.audit.EventRequest;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.space.DocumentTable.Scope;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Names;
import io.jenkins.plugins.freight.engine.space.Page;
import io.jenkins.plugins.freight.engine.space.References;
import io.jenkins.plugins.freight.engine.space.SpaceService;
import io.jenkins.plugins.freight.engine.storage.Database;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Handle;

/**
 * Environments of a space: unique names, slugs, a sort order (new ones go last; {@link #reorder}
 * rearranges), and deletion refused while a lifecycle, target, tenant or process still uses one.
 */
public final class EnvironmentService {

    private static final String KIND = "Environment";

    private final Database database;
    private final AccessPolicy access;
    private final Clock clock;
    private final SpaceService spaces;
    private final EnvironmentRepository environments;
    private final References references;
    private final List<EnvironmentListener> listeners = new CopyOnWriteArrayList<>();
    private final AuditLog audit;

    public EnvironmentService(
            Database database,
            AccessPolicy access,
            Clock clock,
            SpaceService spaces,
            EnvironmentRepository environments,
            References references,
            AuditLog audit) {
        this.database = database;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
        this.spaces = spaces;
        this.environments = environments;
        this.references = references;
    }

    /** Registers a listener that may refuse deleting an environment; call while wiring. */
    public void addListener(EnvironmentListener listener) {
        listeners.add(listener);
    }

    /** Creates an environment; it goes last unless a positive sort order is given. */
    public Environment create(Caller caller, String spaceId, Environment environment) {
        access.require(caller, "EnvironmentCreate", spaceId);
        String name = Names.require(environment.name(), KIND);
        return database.inTransaction(
                h -> {
                    spaces.require(h, spaceId);
                    requireUniqueName(h, spaceId, name, null);
                    String id = Database.nextId(h, "Environments");
                    int sortOrder =
                            environment.sortOrder() > 0
                                    ? environment.sortOrder()
                                    : environments.maxSortOrder(h, spaceId) + 1;
                    String slug = slug(h, spaceId, environment.slug(), null, name, id);
                    Environment stored =
                            environment
                                    .withName(name)
                                    .withSortOrder(sortOrder)
                                    .stored(id, spaceId, slug, clock.instant(), caller.username());
                    environments.insert(h, stored);
                    audit.record(
                            h,
                            caller,
                            EventRequest.created(
                                            spaceId, id, KIND + " " + name + " was created", stored)
                                    .withEnvironment(id));
                    return stored;
                });
    }

    /** By id, slug or name; an id of another space is not found. */
    public Environment get(Caller caller, String spaceId, String reference) {
        access.require(caller, "EnvironmentView", spaceId);
        return database.withHandle(h -> require(h, spaceId, reference));
    }

    /** A page of environments in sort order. */
    public Page<Environment> list(Caller caller, String spaceId, ListQuery query) {
        access.require(caller, "EnvironmentView", spaceId);
        return database.withHandle(
                h -> {
                    spaces.require(h, spaceId);
                    return environments.list(h, spaceId, query);
                });
    }

    /** Every environment of the space in sort order. */
    public List<Environment> all(Caller caller, String spaceId) {
        return list(caller, spaceId, ListQuery.all()).items();
    }

    /** Saves every field but the id and space; a sort order of 0 keeps the current position. */
    public Environment modify(Caller caller, String spaceId, String id, Environment changed) {
        access.require(caller, "EnvironmentEdit", spaceId);
        String name = Names.require(changed.name(), KIND);
        return database.inTransaction(
                h -> {
                    Environment current = require(h, spaceId, id);
                    requireUniqueName(h, spaceId, name, current.id());
                    String slug = slug(h, spaceId, changed.slug(), current.slug(), name, id);
                    int sortOrder =
                            changed.sortOrder() > 0 ? changed.sortOrder() : current.sortOrder();
                    Environment stored =
                            changed.withName(name)
                                    .withSortOrder(sortOrder)
                                    .stored(
                                            current.id(),
                                            spaceId,
                                            slug,
                                            clock.instant(),
                                            caller.username());
                    environments.update(h, stored);
                    audit.record(
                            h,
                            caller,
                            EventRequest.modified(
                                            spaceId,
                                            current.id(),
                                            KIND + " " + name + " was changed",
                                            current,
                                            stored)
                                    .withEnvironment(current.id()));
                    return stored;
                });
    }

    /**
     * Puts the listed environments first, in the given order (sort orders 1…n); the others follow
     * in their current order. Every id must be an environment of the space.
     */
    public List<Environment> reorder(Caller caller, String spaceId, List<String> orderedIds) {
        access.require(caller, "EnvironmentEdit", spaceId);
        return database.inTransaction(
                h -> {
                    spaces.require(h, spaceId);
                    Set<String> wanted = new LinkedHashSet<>(orderedIds);
                    if (wanted.size() != orderedIds.size()) {
                        throw new InvalidInputException(
                                "The new environment order lists an environment more than once.");
                    }
                    List<String> missing = environments.missing(h, spaceId, wanted);
                    if (!missing.isEmpty()) {
                        throw new InvalidInputException(
                                "The new environment order names environments that are not in this"
                                        + " space: "
                                        + String.join(", ", missing)
                                        + ".",
                                missing.stream()
                                        .map(m -> "Environment '" + m + "' was not found.")
                                        .toList());
                    }
                    List<Environment> current = environments.all(h, spaceId);
                    List<String> order = new ArrayList<>(wanted);
                    current.stream()
                            .map(Environment::id)
                            .filter(i -> !wanted.contains(i))
                            .forEach(order::add);
                    List<Environment> result = new ArrayList<>();
                    for (int i = 0; i < order.size(); i++) {
                        Environment e = environments.find(h, spaceId, order.get(i)).orElseThrow();
                        Environment moved = e.withSortOrder(i + 1);
                        if (e.sortOrder() != i + 1) {
                            environments.update(h, moved);
                            audit.record(
                                    h,
                                    caller,
                                    EventRequest.modified(
                                                    spaceId,
                                                    e.id(),
                                                    KIND + " " + e.name() + " was moved",
                                                    e,
                                                    moved)
                                            .withEnvironment(e.id()));
                        }
                        result.add(moved);
                    }
                    return result;
                });
    }

    /**
     * Deletes an environment unless something still uses it: a lifecycle, target, tenant or
     * process, or deployments through an {@link EnvironmentListener} (the refusal names what).
     */
    public void delete(Caller caller, String spaceId, String id) {
        access.require(caller, "EnvironmentDelete", spaceId);
        database.useTransaction(
                h -> {
                    Environment current = require(h, spaceId, id);
                    for (EnvironmentListener listener : listeners) {
                        listener.deleting(h, current);
                    }
                    references.requireUnused(
                            h, current.id(), KIND + " '" + current.name() + "'", List.of());
                    environments.delete(h, spaceId, current.id());
                    audit.record(
                            h,
                            caller,
                            EventRequest.deleted(
                                            spaceId,
                                            current.id(),
                                            KIND + " " + current.name() + " was deleted",
                                            current)
                                    .withEnvironment(current.id()));
                });
    }

    // ---- for engine components inside their own transaction (no permission check) ----

    /** Deletes every environment of a space that is itself being deleted. */
    public void deleteAllInSpace(Handle handle, String spaceId) {
        environments.table().deleteAll(handle, spaceId);
    }

    /** The environment by id, slug or name, or {@link NotFoundException}. */
    public Environment require(Handle handle, String spaceId, String reference) {
        spaces.require(handle, spaceId);
        return environments
                .findByReference(handle, spaceId, reference)
                .orElseThrow(() -> NotFoundException.of(KIND, reference));
    }

    /** Every environment of the space in sort order. */
    public List<Environment> all(Handle handle, String spaceId) {
        return environments.all(handle, spaceId);
    }

    /** Of these ids, those that are not environments of the space. */
    public List<String> missing(Handle handle, String spaceId, java.util.Collection<String> ids) {
        return environments.missing(handle, spaceId, ids);
    }

    private void requireUniqueName(Handle h, String spaceId, String name, String exceptId) {
        if (environments.table().isNameTaken(h, Scope.space(spaceId), name, exceptId)) {
            throw new ConflictException(
                    "An environment named '" + name + "' already exists in this space.");
        }
    }

    private String slug(
            Handle h, String spaceId, String requested, String current, String name, String id) {
        return environments
                .table()
                .slugFor(h, Scope.space(spaceId), requested, current, name, id, KIND);
    }
}

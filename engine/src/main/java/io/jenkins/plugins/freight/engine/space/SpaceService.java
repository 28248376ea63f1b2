package io.jenkins.plugins.freight.engine.space;

import io.jenkins.plugins.freight.engine.audit.AuditLog;
import io.jenkins.plugins.freight.engine.audit.EventRequest;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.PermissionScope;
import io.jenkins.plugins.freight.engine.storage.Database;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Handle;

/**
 * Spaces: the default space on first start, more on request, each seeded by the registered {@link
 * SpaceInitializer}s (Default Project Group, Default Lifecycle, …) in the same transaction.
 */
public final class SpaceService {

    private final Database database;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final Clock clock;
    private final SpaceRepository spaces;
    private final List<SpaceInitializer> initializers = new CopyOnWriteArrayList<>();
    private final List<SpaceCleaner> cleaners = new CopyOnWriteArrayList<>();

    /** Space events are system events (no space of their own): they outlive deleted spaces. */
    public SpaceService(
            Database database,
            AccessPolicy access,
            Clock clock,
            SpaceRepository spaces,
            AuditLog audit) {
        this.database = database;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
        this.spaces = spaces;
    }

    /** Adds what every new space starts with; call while wiring the engine. */
    public void addInitializer(SpaceInitializer initializer) {
        initializers.add(initializer);
    }

    /** Adds what empties a space before it is deleted; call while wiring the engine. */
    public void addCleaner(SpaceCleaner cleaner) {
        cleaners.add(cleaner);
    }

    /**
     * Creates {@code Spaces-1} "Default" (with its initial documents) unless it exists. Safe when
     * several nodes start at once: exactly one creates it.
     */
    public Space ensureDefaultSpace() {
        try {
            return database.inTransaction(
                    h ->
                            spaces.find(h, Space.DEFAULT_ID)
                                    .orElseGet(
                                            () ->
                                                    insert(
                                                            h,
                                                            new Space(
                                                                    Space.DEFAULT_ID,
                                                                    "Default",
                                                                    null,
                                                                    "",
                                                                    true,
                                                                    false,
                                                                    List.of(),
                                                                    List.of(),
                                                                    null,
                                                                    null),
                                                            Space.DEFAULT_ID,
                                                            Caller.system())));
        } catch (RuntimeException e) {
            if (DocumentTable.isUniqueViolation(e)) {
                return database.withHandle(h -> require(h, Space.DEFAULT_ID));
            }
            throw e;
        }
    }

    public Space create(Caller caller, Space space) {
        access.require(caller, "SpaceCreate", null);
        String name = Names.require(space.name(), "Space");
        return database.inTransaction(
                h -> {
                    requireUniqueName(h, name, null);
                    String id = Database.nextId(h, "Spaces");
                    Space named =
                            new Space(
                                    null,
                                    name,
                                    space.slug(),
                                    space.description(),
                                    false,
                                    space.taskQueueStopped(),
                                    space.spaceManagersTeams(),
                                    space.spaceManagersTeamMembers(),
                                    null,
                                    null);
                    if (space.isDefault()) {
                        clearDefault(h);
                        named = asDefault(named, true);
                    }
                    Space stored = insert(h, named, id, caller);
                    audit.record(
                            h,
                            caller,
                            EventRequest.created(
                                    null, id, "Space " + name + " was created", stored));
                    return stored;
                });
    }

    /**
     * A space by id, slug or name: any space for a caller with the system permission SpaceView, a
     * space where one of the caller's teams has a role for anyone else, as in Octopus. Callers who
     * may see neither are refused alike whether the space exists or not.
     */
    /**
     * The id of the space a path names (id, slug or name), for routing only: it decides nothing
     * about access, so it takes no caller; the services check what is then done in the space.
     */
    public Optional<String> idOf(String reference) {
        return database.withHandle(h -> spaces.idOf(h, reference));
    }

    public Space get(Caller caller, String reference) {
        Optional<Space> found = database.withHandle(h -> spaces.findByReference(h, reference));
        if (found.isPresent() && worksIn(caller, found.get().id())) {
            return found.get();
        }
        access.require(caller, "SpaceView", null);
        return found.orElseThrow(() -> NotFoundException.of("Space", reference));
    }

    /**
     * Spaces by name: every space with {@code SpaceView}; without it, the spaces where a role of
     * one of the caller's teams is given (as Octopus lists them), so anyone can find where they
     * work.
     */
    public Page<Space> list(Caller caller, ListQuery query) {
        if (access.isAllowed(caller, "SpaceView", PermissionScope.system())) {
            return database.withHandle(h -> spaces.list(h, query));
        }
        List<Space> mine =
                database
                        .withHandle(
                                h ->
                                        spaces.list(
                                                h,
                                                new ListQuery(
                                                        query.ids(),
                                                        query.partialName(),
                                                        query.name(),
                                                        0,
                                                        ListQuery.ALL)))
                        .items()
                        .stream()
                        .filter(s -> access.worksIn(caller, s.id()))
                        .toList();
        int from = Math.min(query.skip(), mine.size());
        int to = (int) Math.min((long) from + query.take(), mine.size());
        return new Page<>(mine.subList(from, to), mine.size(), query.skip(), query.take());
    }

    /** Whether the caller may see the space: with SpaceView, or when they work in it. */
    private boolean worksIn(Caller caller, String spaceId) {
        return access.isAllowed(caller, "SpaceView", PermissionScope.system())
                || access.worksIn(caller, spaceId);
    }

    /**
     * Saves a space's name, slug, description, task-queue switch, managers and default flag. Making
     * a space the default takes the flag from the previous default; the default space cannot give
     * the flag up otherwise.
     */
    public Space modify(Caller caller, String id, Space changed) {
        access.require(caller, "SpaceEdit", null);
        String name = Names.require(changed.name(), "Space");
        return database.inTransaction(
                h -> {
                    Space current = require(h, id);
                    requireUniqueName(h, name, id);
                    if (current.isDefault() && !changed.isDefault()) {
                        throw new ConflictException(
                                "Space '"
                                        + current.name()
                                        + "' is the default space; make another space the"
                                        + " default instead.");
                    }
                    String slug = slugFor(h, changed.slug(), current.slug(), id);
                    if (changed.isDefault() && !current.isDefault()) {
                        clearDefault(h);
                    }
                    Space saved =
                            new Space(
                                    id,
                                    name,
                                    slug,
                                    changed.description(),
                                    changed.isDefault(),
                                    changed.taskQueueStopped(),
                                    changed.spaceManagersTeams(),
                                    changed.spaceManagersTeamMembers(),
                                    clock.instant(),
                                    caller.username());
                    spaces.update(h, saved);
                    audit.record(
                            h,
                            caller,
                            EventRequest.modified(
                                    null, id, "Space " + name + " was changed", current, saved));
                    return saved;
                });
    }

    /**
     * Deletes a space and everything in it. Refused for the default space and while the space's
     * task queue runs (stop it first, as in Octopus), and when something the registered cleaners do
     * not remove still belongs to the space.
     */
    public void delete(Caller caller, String id) {
        access.require(caller, "SpaceDelete", null);
        database.useTransaction(
                h -> {
                    Space space = require(h, id);
                    if (space.isDefault()) {
                        throw new ConflictException(
                                "Space '"
                                        + space.name()
                                        + "' is the default space and cannot be deleted; make"
                                        + " another space the default first.");
                    }
                    if (!space.taskQueueStopped()) {
                        throw new ConflictException(
                                "Stop the task queue of space '"
                                        + space.name()
                                        + "' before deleting it.");
                    }
                    for (int i = cleaners.size() - 1; i >= 0; i--) {
                        cleaners.get(i).deleteContents(h, space);
                    }
                    h.createUpdate("DELETE FROM model_references WHERE space_id = :space")
                            .bind("space", space.id())
                            .execute();
                    try {
                        spaces.delete(h, space.id());
                        audit.record(
                                h,
                                caller,
                                EventRequest.deleted(
                                        null,
                                        space.id(),
                                        "Space " + space.name() + " was deleted",
                                        space));
                    } catch (RuntimeException e) {
                        if (isForeignKeyViolation(e)) {
                            throw new ConflictException(
                                    "Space '"
                                            + space.name()
                                            + "' still holds documents that cannot be deleted"
                                            + " with it; delete them first.");
                        }
                        throw e;
                    }
                });
    }

    private static boolean isForeignKeyViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23503".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The space, or {@link NotFoundException}; for engine components inside a transaction. */
    public Space require(Handle handle, String spaceId) {
        return spaces.find(handle, spaceId)
                .orElseThrow(() -> NotFoundException.of("Space", spaceId));
    }

    private Space insert(Handle h, Space space, String id, Caller caller) {
        String slug =
                space.slug() != null && !space.slug().isBlank()
                        ? slugFor(h, space.slug(), null, id)
                        : spaces.uniqueSlug(h, space.name(), id);
        Space stored = space.stored(id, slug, clock.instant(), caller.username());
        spaces.insert(h, stored);
        for (SpaceInitializer initializer : initializers) {
            initializer.initialize(h, stored);
        }
        return stored;
    }

    private String slugFor(Handle h, String requested, String current, String id) {
        if (requested == null || requested.isBlank()) {
            return current != null ? current : spaces.uniqueSlug(h, "space", id);
        }
        String slug = Slugs.requireValid(requested.strip(), "Space");
        if (spaces.isSlugTaken(h, slug, id)) {
            throw new ConflictException("Another space already uses the slug '" + slug + "'.");
        }
        return slug;
    }

    private void requireUniqueName(Handle h, String name, String exceptId) {
        if (spaces.isNameTaken(h, name, exceptId)) {
            throw new ConflictException("A space named '" + name + "' already exists.");
        }
    }

    private void clearDefault(Handle h) {
        for (Space s : spaces.all(h)) {
            if (s.isDefault()) {
                spaces.update(h, asDefault(s, false));
            }
        }
    }

    private static Space asDefault(Space s, boolean value) {
        return new Space(
                s.id(),
                s.name(),
                s.slug(),
                s.description(),
                value,
                s.taskQueueStopped(),
                s.spaceManagersTeams(),
                s.spaceManagersTeamMembers(),
                s.lastModifiedOn(),
                s.lastModifiedBy());
    }
}

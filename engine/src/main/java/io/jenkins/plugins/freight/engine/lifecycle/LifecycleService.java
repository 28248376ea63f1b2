package io.jenkins.plugins.freight.engine.lifecycle;

import io.jenkins.plugins.freight.engine.audit.AuditLog;
import io.jenkins.plugins.freight.engine.audit.EventRequest;
import io.jenkins.plugins.freight.engine.environment.EnvironmentService;
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
import io.jenkins.plugins.freight.engine.space.References.Referrer;
import io.jenkins.plugins.freight.engine.space.Space;
import io.jenkins.plugins.freight.engine.space.SpaceInitializer;
import io.jenkins.plugins.freight.engine.space.SpaceService;
import io.jenkins.plugins.freight.engine.storage.Database;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Lifecycles: ordered phases of environments, validated (an environment in one phase only, at most
 * one catch-all phase, not every phase optional, referenced environments exist in the space), and
 * their effective phases for progression.
 */
public final class LifecycleService {

    private static final String KIND = "Lifecycle";

    private final Database database;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final Clock clock;
    private final SpaceService spaces;
    private final EnvironmentService environments;
    private final LifecycleRepository lifecycles;
    private final References references;

    public LifecycleService(
            Database database,
            AccessPolicy access,
            Clock clock,
            SpaceService spaces,
            EnvironmentService environments,
            LifecycleRepository lifecycles,
            References references,
            AuditLog audit) {
        this.audit = audit;
        this.database = database;
        this.access = access;
        this.clock = clock;
        this.spaces = spaces;
        this.environments = environments;
        this.lifecycles = lifecycles;
        this.references = references;
    }

    /** Gives every new space its "Default Lifecycle" (no phases: every environment in order). */
    public SpaceInitializer defaultLifecycleInitializer() {
        return (Handle h, Space space) ->
                insert(h, space.id(), Lifecycle.of(Lifecycle.DEFAULT_NAME), Caller.system());
    }

    public Lifecycle create(Caller caller, String spaceId, Lifecycle lifecycle) {
        access.require(caller, "LifecycleCreate", spaceId);
        return database.inTransaction(
                h -> {
                    spaces.require(h, spaceId);
                    Lifecycle stored = insert(h, spaceId, lifecycle, caller);
                    audit.record(
                            h,
                            caller,
                            EventRequest.created(
                                    spaceId,
                                    stored.id(),
                                    KIND + " " + stored.name() + " was created",
                                    stored));
                    return stored;
                });
    }

    /** By id, slug or name; an id of another space is not found. */
    public Lifecycle get(Caller caller, String spaceId, String reference) {
        access.require(caller, "LifecycleView", spaceId);
        return database.withHandle(h -> require(h, spaceId, reference));
    }

    /** A page of lifecycles by name. */
    public Page<Lifecycle> list(Caller caller, String spaceId, ListQuery query) {
        access.require(caller, "LifecycleView", spaceId);
        return database.withHandle(
                h -> {
                    spaces.require(h, spaceId);
                    return lifecycles.list(h, spaceId, query);
                });
    }

    /** Saves name, slug, description, phases and retention policies. */
    public Lifecycle modify(Caller caller, String spaceId, String id, Lifecycle changed) {
        access.require(caller, "LifecycleEdit", spaceId);
        String name = Names.require(changed.name(), KIND);
        return database.inTransaction(
                h -> {
                    Lifecycle current = require(h, spaceId, id);
                    requireUniqueName(h, spaceId, name, current.id());
                    List<Phase> phases = validPhases(h, spaceId, changed.phases());
                    String slug =
                            lifecycles
                                    .table()
                                    .slugFor(
                                            h,
                                            Scope.space(spaceId),
                                            changed.slug(),
                                            current.slug(),
                                            name,
                                            current.id(),
                                            KIND);
                    Lifecycle stored =
                            changed.withName(name)
                                    .stored(
                                            current.id(),
                                            spaceId,
                                            slug,
                                            phases,
                                            clock.instant(),
                                            caller.username());
                    lifecycles.update(h, stored);
                    recordReferences(h, stored);
                    audit.record(
                            h,
                            caller,
                            EventRequest.modified(
                                    spaceId,
                                    current.id(),
                                    KIND + " " + name + " was changed",
                                    current,
                                    stored));
                    return stored;
                });
    }

    /** Deletes a lifecycle unless a project or channel still uses it (the refusal names them). */
    public void delete(Caller caller, String spaceId, String id) {
        access.require(caller, "LifecycleDelete", spaceId);
        database.useTransaction(
                h -> {
                    Lifecycle current = require(h, spaceId, id);
                    references.requireUnused(
                            h, current.id(), KIND + " '" + current.name() + "'", List.of());
                    references.remove(h, current.id());
                    lifecycles.delete(h, spaceId, current.id());
                    audit.record(
                            h,
                            caller,
                            EventRequest.deleted(
                                    spaceId,
                                    current.id(),
                                    KIND + " " + current.name() + " was deleted",
                                    current));
                });
    }

    /** The lifecycle's phases as progression sees them (see {@link Lifecycle#effectivePhases}). */
    public List<Phase> effectivePhases(Caller caller, String spaceId, String lifecycleId) {
        access.require(caller, "LifecycleView", spaceId);
        return database.withHandle(h -> effectivePhases(h, spaceId, lifecycleId));
    }

    // ---- for engine components inside their own transaction (no permission check) ----

    /** Deletes every lifecycle of a space that is itself being deleted. */
    public void deleteAllInSpace(Handle handle, String spaceId) {
        lifecycles.table().deleteAll(handle, spaceId);
    }

    /** The lifecycle by id, slug or name, or {@link NotFoundException}. */
    public Lifecycle require(Handle handle, String spaceId, String reference) {
        spaces.require(handle, spaceId);
        return lifecycles
                .findByReference(handle, spaceId, reference)
                .orElseThrow(() -> NotFoundException.of(KIND, reference));
    }

    public List<Phase> effectivePhases(Handle handle, String spaceId, String lifecycleId) {
        Lifecycle lifecycle = require(handle, spaceId, lifecycleId);
        return lifecycle.effectivePhases(environments.all(handle, spaceId));
    }

    private Lifecycle insert(Handle h, String spaceId, Lifecycle lifecycle, Caller caller) {
        String name = Names.require(lifecycle.name(), KIND);
        requireUniqueName(h, spaceId, name, null);
        List<Phase> phases = validPhases(h, spaceId, lifecycle.phases());
        String id = Database.nextId(h, "Lifecycles");
        String slug =
                lifecycles
                        .table()
                        .slugFor(h, Scope.space(spaceId), lifecycle.slug(), null, name, id, KIND);
        Lifecycle stored =
                lifecycle
                        .withName(name)
                        .stored(id, spaceId, slug, phases, clock.instant(), caller.username());
        lifecycles.insert(h, stored);
        recordReferences(h, stored);
        return stored;
    }

    private List<Phase> validPhases(Handle h, String spaceId, List<Phase> phases) {
        List<String> errors = new ArrayList<>(LifecycleValidation.problems(phases));
        List<String> ids = new ArrayList<>();
        phases.forEach(p -> ids.addAll(p.environmentIds()));
        for (String missing : environments.missing(h, spaceId, ids)) {
            errors.add("Environment '" + missing + "' was not found in this space.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(
                    "The lifecycle is not valid: " + String.join(" ", errors), errors);
        }
        return LifecycleValidation.withIds(phases);
    }

    private void recordReferences(Handle h, Lifecycle l) {
        references.replace(
                h, l.spaceId(), new Referrer(KIND, l.id(), l.name()), l.environmentIds());
    }

    private void requireUniqueName(Handle h, String spaceId, String name, String exceptId) {
        if (lifecycles.table().isNameTaken(h, Scope.space(spaceId), name, exceptId)) {
            throw new ConflictException(
                    "A lifecycle named '" + name + "' already exists in this space.");
        }
    }
}

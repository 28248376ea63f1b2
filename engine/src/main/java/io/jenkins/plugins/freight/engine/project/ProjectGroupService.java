package io.jenkins.plugins.freight.engine.project;

import io.jenkins.plugins.freight.engine.audit.AuditLog;
import io.jenkins.plugins.freight.engine.audit.EventRequest;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.space.DocumentTable.Scope;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Names;
import io.jenkins.plugins.freight.engine.space.Page;
import io.jenkins.plugins.freight.engine.space.References;
import io.jenkins.plugins.freight.engine.space.Space;
import io.jenkins.plugins.freight.engine.space.SpaceInitializer;
import io.jenkins.plugins.freight.engine.space.SpaceService;
import io.jenkins.plugins.freight.engine.storage.Database;
import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** Project groups of a space; deleting one that still holds projects is refused. */
public final class ProjectGroupService {

    private static final String KIND = "Project group";

    private final Database database;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final Clock clock;
    private final SpaceService spaces;
    private final ProjectGroupRepository groups;
    private final References references;

    public ProjectGroupService(
            Database database,
            AccessPolicy access,
            Clock clock,
            SpaceService spaces,
            ProjectGroupRepository groups,
            References references,
            AuditLog audit) {
        this.audit = audit;
        this.database = database;
        this.access = access;
        this.clock = clock;
        this.spaces = spaces;
        this.groups = groups;
        this.references = references;
    }

    /** Gives every new space its "Default Project Group". */
    public SpaceInitializer defaultProjectGroupInitializer() {
        return (Handle h, Space space) ->
                insert(
                        h,
                        space.id(),
                        ProjectGroup.named(ProjectGroup.DEFAULT_NAME),
                        Caller.system());
    }

    public ProjectGroup create(Caller caller, String spaceId, ProjectGroup group) {
        access.require(caller, "ProjectGroupCreate", spaceId);
        return database.inTransaction(
                h -> {
                    spaces.require(h, spaceId);
                    ProjectGroup stored = insert(h, spaceId, group, caller);
                    audit.record(
                            h,
                            caller,
                            EventRequest.created(
                                    spaceId,
                                    stored.id(),
                                    "Project group " + stored.name() + " was created",
                                    stored));
                    return stored;
                });
    }

    public ProjectGroup get(Caller caller, String spaceId, String reference) {
        access.require(caller, "ProjectGroupView", spaceId);
        return database.withHandle(h -> require(h, spaceId, reference));
    }

    public Page<ProjectGroup> list(Caller caller, String spaceId, ListQuery query) {
        access.require(caller, "ProjectGroupView", spaceId);
        return database.withHandle(
                h -> {
                    spaces.require(h, spaceId);
                    return groups.list(h, spaceId, query);
                });
    }

    public ProjectGroup modify(Caller caller, String spaceId, String id, ProjectGroup changed) {
        access.require(caller, "ProjectGroupEdit", spaceId);
        String name = Names.require(changed.name(), KIND);
        return database.inTransaction(
                h -> {
                    ProjectGroup current = require(h, spaceId, id);
                    requireUniqueName(h, spaceId, name, current.id());
                    String slug =
                            groups.table()
                                    .slugFor(
                                            h,
                                            Scope.space(spaceId),
                                            changed.slug(),
                                            current.slug(),
                                            name,
                                            current.id(),
                                            KIND);
                    ProjectGroup stored =
                            changed.stored(
                                    current.id(),
                                    spaceId,
                                    name,
                                    slug,
                                    clock.instant(),
                                    caller.username());
                    groups.update(h, stored);
                    audit.record(
                            h,
                            caller,
                            EventRequest.modified(
                                    spaceId,
                                    current.id(),
                                    "Project group " + name + " was changed",
                                    current,
                                    stored));
                    return stored;
                });
    }

    /** Deletes a project group unless projects are still in it (the refusal names them). */
    public void delete(Caller caller, String spaceId, String id) {
        access.require(caller, "ProjectGroupDelete", spaceId);
        database.useTransaction(
                h -> {
                    ProjectGroup current = require(h, spaceId, id);
                    references.requireUnused(
                            h, current.id(), KIND + " '" + current.name() + "'", List.of());
                    groups.delete(h, spaceId, current.id());
                    audit.record(
                            h,
                            caller,
                            EventRequest.deleted(
                                    spaceId,
                                    current.id(),
                                    "Project group " + current.name() + " was deleted",
                                    current));
                });
    }

    // ---- for engine components inside their own transaction (no permission check) ----

    /** Deletes every projectgroup of a space that is itself being deleted. */
    public void deleteAllInSpace(Handle handle, String spaceId) {
        groups.table().deleteAll(handle, spaceId);
    }

    public ProjectGroup require(Handle handle, String spaceId, String reference) {
        spaces.require(handle, spaceId);
        return groups.findByReference(handle, spaceId, reference)
                .orElseThrow(() -> NotFoundException.of(KIND, reference));
    }

    private ProjectGroup insert(Handle h, String spaceId, ProjectGroup group, Caller caller) {
        String name = Names.require(group.name(), KIND);
        requireUniqueName(h, spaceId, name, null);
        String id = Database.nextId(h, "ProjectGroups");
        String slug =
                groups.table().slugFor(h, Scope.space(spaceId), group.slug(), null, name, id, KIND);
        ProjectGroup stored =
                group.stored(id, spaceId, name, slug, clock.instant(), caller.username());
        groups.insert(h, stored);
        return stored;
    }

    private void requireUniqueName(Handle h, String spaceId, String name, String exceptId) {
        if (groups.table().isNameTaken(h, Scope.space(spaceId), name, exceptId)) {
            throw new ConflictException(
                    "A project group named '" + name + "' already exists in this space.");
        }
    }
}

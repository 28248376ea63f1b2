package io.jenkins.plugins.freight.engine.project;

import io.jenkins.plugins.freight.engine.audit.AuditLog;
import io.jenkins.plugins.freight.engine.audit.EventRequest;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.lifecycle.Lifecycle;
import io.jenkins.plugins.freight.engine.lifecycle.LifecycleRepository;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.space.DocumentTable.Scope;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Names;
import io.jenkins.plugins.freight.engine.space.Page;
import io.jenkins.plugins.freight.engine.space.References;
import io.jenkins.plugins.freight.engine.space.References.Referrer;
import io.jenkins.plugins.freight.engine.space.SpaceService;
import io.jenkins.plugins.freight.engine.storage.Database;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Handle;

/**
 * Projects of a space. Creating a project also creates, through the registered {@link
 * ProjectListener}s, its deployment process ({@code deploymentprocess-Projects-N}), its default
 * channel and its variable set ({@code variableset-Projects-N}); deleting it removes them.
 */
public final class ProjectService {

    private static final String KIND = "Project";

    private final Database database;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final Clock clock;
    private final SpaceService spaces;
    private final ProjectGroupService groups;
    private final LifecycleRepository lifecycles;
    private final ProjectRepository projects;
    private final References references;
    private final List<ProjectListener> listeners = new CopyOnWriteArrayList<>();
    private final List<ProjectCloner> cloners = new CopyOnWriteArrayList<>();

    public ProjectService(
            Database database,
            AccessPolicy access,
            Clock clock,
            SpaceService spaces,
            ProjectGroupService groups,
            LifecycleRepository lifecycles,
            ProjectRepository projects,
            References references,
            AuditLog audit) {
        this.audit = audit;
        this.database = database;
        this.access = access;
        this.clock = clock;
        this.spaces = spaces;
        this.groups = groups;
        this.lifecycles = lifecycles;
        this.projects = projects;
        this.references = references;
    }

    /** Registers what happens with a project's own documents; call while wiring the engine. */
    public void addListener(ProjectListener listener) {
        listeners.add(listener);
    }

    /** Registers a copier of a project's documents for clones; call while wiring the engine. */
    public void addCloner(ProjectCloner cloner) {
        cloners.add(cloner);
    }

    /**
     * Creates a project. With {@code clonedFromProjectId} set, the new project is a clone of that
     * project of the same space: the registered {@link ProjectCloner}s copy its channels,
     * deployment process and variables (sensitive values stay sealed); its settings are those of
     * {@code project}, which callers usually build from the source.
     *
     * @throws InvalidInputException when the project to clone is not in this space
     */
    public Project create(Caller caller, String spaceId, Project project) {
        access.require(caller, "ProjectCreate", spaceId);
        String name = Names.require(project.name(), KIND);
        return database.inTransaction(
                h -> {
                    spaces.require(h, spaceId);
                    Project source = cloneSource(h, spaceId, project.clonedFromProjectId());
                    if (projects.table().isNameTaken(h, Scope.space(spaceId), name, null)) {
                        throw new ConflictException(
                                "A project named '" + name + "' already exists in this space.");
                    }
                    String id = Database.nextId(h, "Projects");
                    Project validated =
                            validated(
                                    h,
                                    spaceId,
                                    project.toBuilder()
                                            .clonedFromProjectId(
                                                    source == null ? null : source.id())
                                            .build(),
                                    name,
                                    id,
                                    null,
                                    caller);
                    projects.insert(h, validated);
                    recordReferences(h, validated);
                    for (ProjectListener listener : listeners) {
                        listener.created(h, validated);
                    }
                    Project stored = validated;
                    if (source != null) {
                        stored = cloneDocuments(h, new ProjectClone(source, stored));
                    }
                    audit.record(
                            h,
                            caller,
                            EventRequest.created(
                                            spaceId,
                                            id,
                                            KIND
                                                    + " "
                                                    + name
                                                    + " was created"
                                                    + (source == null
                                                            ? ""
                                                            : " as a clone of " + source.name()),
                                            stored)
                                    .withProject(id));
                    return stored;
                });
    }

    /**
     * Runs the cloners, then points the copy's automatic release creation at its own channel rather
     * than the source's.
     */
    private Project cloneDocuments(Handle h, ProjectClone clone) {
        for (ProjectCloner cloner : cloners) {
            cloner.copy(h, clone);
        }
        Project copy = clone.copy();
        ReleaseCreationStrategy strategy = copy.releaseCreationStrategy();
        if (strategy == null || strategy.channelId() == null) {
            return copy;
        }
        Project translated =
                copy.toBuilder()
                        .releaseCreationStrategy(
                                new ReleaseCreationStrategy(
                                        clone.translate(strategy.channelId()),
                                        strategy.releaseCreationPackage(),
                                        strategy.releaseCreationPackageStepId()))
                        .build();
        projects.update(h, translated);
        return translated;
    }

    /** The project a new one clones, by id, slug or name; null when it clones none. */
    private Project cloneSource(Handle h, String spaceId, String reference) {
        if (blank(reference)) {
            return null;
        }
        return projects.findByReference(h, spaceId, reference)
                .orElseThrow(
                        () ->
                                new InvalidInputException(
                                        "The project to clone was not found in this space.",
                                        List.of(
                                                "Project '"
                                                        + reference
                                                        + "' to clone was not found in this"
                                                        + " space.")));
    }

    /** By id, slug or name; an id of another space is not found. */
    public Project get(Caller caller, String spaceId, String reference) {
        access.require(caller, "ProjectView", spaceId);
        return database.withHandle(h -> require(h, spaceId, reference));
    }

    /** A page of projects by name; {@code projectGroupId} null means every group. */
    public Page<Project> list(
            Caller caller, String spaceId, ListQuery query, String projectGroupId) {
        return list(caller, spaceId, query, projectGroupId, null);
    }

    /**
     * A page of projects by name; {@code projectGroupId} null means every group, {@code
     * clonedFromProjectId} non-null only the clones of that project.
     */
    public Page<Project> list(
            Caller caller,
            String spaceId,
            ListQuery query,
            String projectGroupId,
            String clonedFromProjectId) {
        access.require(caller, "ProjectView", spaceId);
        return database.withHandle(
                h -> {
                    spaces.require(h, spaceId);
                    if (projectGroupId != null) {
                        groups.require(h, spaceId, projectGroupId);
                    }
                    return projects.list(h, spaceId, query, projectGroupId, clonedFromProjectId);
                });
    }

    /**
     * Saves a project. Its id, space, deployment process id, variable set id and origin stay as
     * they are.
     */
    public Project modify(Caller caller, String spaceId, String id, Project changed) {
        access.require(caller, "ProjectEdit", spaceId);
        String name = Names.require(changed.name(), KIND);
        return database.inTransaction(
                h -> {
                    Project current = require(h, spaceId, id);
                    if (projects.table().isNameTaken(h, Scope.space(spaceId), name, current.id())) {
                        throw new ConflictException(
                                "A project named '" + name + "' already exists in this space.");
                    }
                    Project stored =
                            validated(h, spaceId, changed, name, current.id(), current, caller);
                    projects.update(h, stored);
                    recordReferences(h, stored);
                    if (!current.name().equals(stored.name())) {
                        references.rename(h, stored.deploymentProcessId(), stored.name());
                    }
                    audit.record(
                            h,
                            caller,
                            EventRequest.modified(
                                            spaceId,
                                            current.id(),
                                            KIND + " " + name + " was changed",
                                            current,
                                            stored)
                                    .withProject(current.id()));
                    return stored;
                });
    }

    /**
     * Deletes a project with its deployment process, channels and variable set. Refused when a
     * listener refuses, or when something outside the project still refers to it.
     */
    public void delete(Caller caller, String spaceId, String id) {
        access.require(caller, "ProjectDelete", spaceId);
        database.useTransaction(
                h -> {
                    Project current = require(h, spaceId, id);
                    for (ProjectListener listener : listeners) {
                        listener.deleting(h, current);
                    }
                    references.requireUnused(
                            h, current.id(), KIND + " '" + current.name() + "'", List.of());
                    references.remove(h, current.id());
                    projects.delete(h, spaceId, current.id());
                    audit.record(
                            h,
                            caller,
                            EventRequest.deleted(
                                            spaceId,
                                            current.id(),
                                            KIND + " " + current.name() + " was deleted",
                                            current)
                                    .withProject(current.id()));
                });
    }

    // ---- for engine components inside their own transaction (no permission check) ----

    /**
     * Deletes every project of a space that is itself being deleted, with what each owns (the
     * listeners run as for a single deletion).
     */
    public void deleteAllInSpace(Handle handle, String spaceId) {
        for (Project p : projects.list(handle, spaceId, ListQuery.all(), null).items()) {
            for (ProjectListener listener : listeners) {
                listener.deleting(handle, p);
            }
            projects.delete(handle, spaceId, p.id());
        }
    }

    /** The project by id, slug or name, or {@link NotFoundException}. */
    public Project require(Handle handle, String spaceId, String reference) {
        spaces.require(handle, spaceId);
        return projects.findByReference(handle, spaceId, reference)
                .orElseThrow(() -> NotFoundException.of(KIND, reference));
    }

    private Project validated(
            Handle h,
            String spaceId,
            Project p,
            String name,
            String id,
            Project current,
            Caller caller) {
        List<String> errors = new ArrayList<>();
        String groupId = groupId(h, spaceId, p.projectGroupId(), errors);
        String lifecycleId = lifecycleId(h, spaceId, p.lifecycleId(), errors);
        VersioningStrategy versioning = p.versioningStrategy();
        if (!versioning.usesDonorPackage()
                && (versioning.template() == null || versioning.template().isBlank())) {
            errors.add("The versioning strategy needs a version template or a donor package.");
        }
        List<ProjectTemplate> templates = ProjectTemplates.withIds(p.templates(), errors);
        for (String setId : unknownLibrarySets(h, spaceId, p.includedLibraryVariableSetIds())) {
            errors.add("Library variable set '" + setId + "' was not found in this space.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(
                    "The project is not valid: " + String.join(" ", errors), errors);
        }
        String slug =
                projects.table()
                        .slugFor(
                                h,
                                Scope.space(spaceId),
                                p.slug(),
                                current == null ? null : current.slug(),
                                name,
                                id,
                                KIND);
        return p.toBuilder()
                .id(id)
                .spaceId(spaceId)
                .name(name)
                .slug(slug)
                .projectGroupId(groupId)
                .lifecycleId(lifecycleId)
                .deploymentProcessId(Project.deploymentProcessIdOf(id))
                .variableSetId(Project.variableSetIdOf(id))
                .clonedFromProjectId(
                        current == null ? p.clonedFromProjectId() : current.clonedFromProjectId())
                .templates(templates)
                .lastModifiedOn(clock.instant())
                .lastModifiedBy(caller.username())
                .build();
    }

    private String groupId(Handle h, String spaceId, String requested, List<String> errors) {
        String reference = blank(requested) ? ProjectGroup.DEFAULT_NAME : requested;
        try {
            return groups.require(h, spaceId, reference).id();
        } catch (NotFoundException e) {
            errors.add(
                    blank(requested)
                            ? "A project group is required (this space has no '"
                                    + ProjectGroup.DEFAULT_NAME
                                    + "')."
                            : "Project group '" + requested + "' was not found in this space.");
            return null;
        }
    }

    private String lifecycleId(Handle h, String spaceId, String requested, List<String> errors) {
        String reference = blank(requested) ? Lifecycle.DEFAULT_NAME : requested;
        return lifecycles
                .findByReference(h, spaceId, reference)
                .map(Lifecycle::id)
                .orElseGet(
                        () -> {
                            errors.add(
                                    blank(requested)
                                            ? "A lifecycle is required (this space has no '"
                                                    + Lifecycle.DEFAULT_NAME
                                                    + "')."
                                            : "Lifecycle '"
                                                    + requested
                                                    + "' was not found in this space.");
                            return null;
                        });
    }

    /** Of the library variable sets a project includes, those the space does not have. */
    private static List<String> unknownLibrarySets(Handle h, String spaceId, List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> known =
                h.createQuery(
                                "SELECT id FROM library_variable_sets WHERE space_id = :space AND"
                                        + " id IN (<ids>)")
                        .bind("space", spaceId)
                        .bindList("ids", List.copyOf(ids))
                        .mapTo(String.class)
                        .list();
        return ids.stream().filter(id -> !known.contains(id)).distinct().toList();
    }

    private void recordReferences(Handle h, Project p) {
        List<String> targets = new ArrayList<>();
        targets.add(p.projectGroupId());
        targets.add(p.lifecycleId());
        targets.addAll(p.includedLibraryVariableSetIds());
        references.replace(h, p.spaceId(), new Referrer(KIND, p.id(), p.name()), targets);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

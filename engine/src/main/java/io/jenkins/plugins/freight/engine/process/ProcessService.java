package io.jenkins.plugins.freight.engine.process;

import io.jenkins.plugins.freight.engine.audit.AuditLog;
import io.jenkins.plugins.freight.engine.audit.EventRequest;
import io.jenkins.plugins.freight.engine.environment.EnvironmentService;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.project.ProjectCloner;
import io.jenkins.plugins.freight.engine.project.ProjectListener;
import io.jenkins.plugins.freight.engine.project.ProjectService;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Page;
import io.jenkins.plugins.freight.engine.space.References;
import io.jenkins.plugins.freight.engine.space.References.Referrer;
import io.jenkins.plugins.freight.engine.space.SpaceService;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.tenant.TagResolution;
import io.jenkins.plugins.freight.engine.tenant.TagSetService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jdbi.v3.core.Handle;

/**
 * Deployment processes: one per project, created with it; saved with optimistic concurrency (a
 * change names the version it was based on; a stale one is refused); validated (unique step and
 * action names, required settings of known action types, well-formed package references,
 * environments and channels that exist); frozen by releases as immutable snapshots.
 */
public final class ProcessService {

    /** Octopus's wording for a stale edit. */
    public static final String STALE_VERSION_MESSAGE =
            "Changes to this process could not be saved, because another user has made changes to"
                    + " the process between when you started editing and when you saved your"
                    + " changes. Please reload or open a new tab to make your changes.";

    private static final String KIND = "Deployment process";
    private static final String CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final Database database;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final Clock clock;
    private final SpaceService spaces;
    private final ProjectService projects;
    private final EnvironmentService environments;
    private final ChannelMembership channels;
    private final TagSetService tagSets;
    private final ProcessRepository processes;
    private final References references;
    private final List<ActionReferenceCheck> referenceChecks =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    public ProcessService(
            Database database,
            AccessPolicy access,
            Clock clock,
            SpaceService spaces,
            ProjectService projects,
            EnvironmentService environments,
            ChannelMembership channels,
            TagSetService tagSets,
            ProcessRepository processes,
            References references,
            AuditLog audit) {
        this.audit = audit;
        this.database = database;
        this.access = access;
        this.clock = clock;
        this.spaces = spaces;
        this.projects = projects;
        this.environments = environments;
        this.channels = channels;
        this.tagSets = tagSets;
        this.processes = processes;
        this.references = references;
    }

    /** Creates the empty process of each new project and removes it (and its snapshots) with it. */
    public ProjectListener projectListener() {
        return new ProjectListener() {
            @Override
            public void created(Handle handle, Project project) {
                processes.insert(
                        handle,
                        new DeploymentProcess(
                                project.deploymentProcessId(),
                                project.spaceId(),
                                project.id(),
                                0,
                                List.of(),
                                null,
                                clock.instant(),
                                project.lastModifiedBy()));
            }

            @Override
            public void deleting(Handle handle, Project project) {
                references.remove(handle, project.deploymentProcessId());
                processes.delete(handle, project.id());
                processes.deleteSnapshots(handle, project.id());
            }
        };
    }

    /**
     * Gives a clone the steps of its source's process (ids, properties, packages and conditions as
     * they are), with channel scopes pointing at the clone's own channels; run after the channels
     * are copied.
     */
    public ProjectCloner projectCloner() {
        return (handle, clone) -> {
            Project copy = clone.copy();
            DeploymentProcess source =
                    requireForProject(handle, copy.spaceId(), clone.source().id());
            DeploymentProcess empty = requireForProject(handle, copy.spaceId(), copy.id());
            List<DeploymentStep> steps =
                    source.steps().stream()
                            .map(
                                    step ->
                                            step.withActions(
                                                    step.actions().stream()
                                                            .map(
                                                                    a ->
                                                                            a.withChannels(
                                                                                    clone.translate(
                                                                                            a
                                                                                                    .channels())))
                                                            .toList()))
                            .toList();
            DeploymentProcess copied =
                    new DeploymentProcess(
                            empty.id(),
                            copy.spaceId(),
                            copy.id(),
                            empty.version() + 1,
                            steps,
                            null,
                            clock.instant(),
                            copy.lastModifiedBy());
            if (!processes.update(handle, copied, empty.version())) {
                throw new ConflictException(STALE_VERSION_MESSAGE);
            }
            recordReferences(handle, copied);
        };
    }

    /** The process of a project (by project id, slug or name). */
    public DeploymentProcess getForProject(Caller caller, String spaceId, String project) {
        access.require(caller, "ProcessView", spaceId);
        return database.withHandle(h -> requireForProject(h, spaceId, project));
    }

    /** A live process or a snapshot by id; an id of another space is not found. */
    public DeploymentProcess get(Caller caller, String spaceId, String id) {
        access.require(caller, "ProcessView", spaceId);
        return database.withHandle(
                h -> {
                    spaces.require(h, spaceId);
                    return processes
                            .find(h, spaceId, id)
                            .or(
                                    () ->
                                            processes
                                                    .findSnapshot(h, id)
                                                    .filter(s -> s.spaceId().equals(spaceId)))
                            .orElseThrow(() -> NotFoundException.of(KIND, id));
                });
    }

    /** Live processes of the space (filter by {@code ids}; names are ignored). */
    public Page<DeploymentProcess> list(Caller caller, String spaceId, ListQuery query) {
        access.require(caller, "ProcessView", spaceId);
        return database.withHandle(
                h -> {
                    spaces.require(h, spaceId);
                    return processes.list(h, spaceId, query);
                });
    }

    /**
     * Saves a project's process. {@code changed.version()} must be the stored version (else {@link
     * ConflictException}); on success the version goes up by one. Steps, actions and package
     * references without ids get new ones; existing ids are kept.
     */
    public DeploymentProcess modify(
            Caller caller, String spaceId, String project, DeploymentProcess changed) {
        access.require(caller, "ProcessEdit", spaceId);
        return database.inTransaction(
                h -> {
                    DeploymentProcess current = requireForProject(h, spaceId, project);
                    if (changed.version() != current.version()) {
                        throw new ConflictException(STALE_VERSION_MESSAGE);
                    }
                    List<DeploymentStep> steps = validSteps(h, current, changed.steps());
                    DeploymentProcess saved =
                            new DeploymentProcess(
                                    current.id(),
                                    spaceId,
                                    current.projectId(),
                                    current.version() + 1,
                                    steps,
                                    current.lastSnapshotId(),
                                    clock.instant(),
                                    caller.username());
                    if (!processes.update(h, saved, current.version())) {
                        throw new ConflictException(STALE_VERSION_MESSAGE);
                    }
                    recordReferences(h, saved);
                    audit.record(
                            h,
                            caller,
                            EventRequest.modified(
                                            spaceId,
                                            current.id(),
                                            "Deployment process of "
                                                    + projects.require(
                                                                    h, spaceId, current.projectId())
                                                            .name()
                                                    + " was changed",
                                            current,
                                            saved)
                                    .withProject(current.projectId()));
                    return saved;
                });
    }

    /** Adds a check of what actions refer to; call while wiring the engine. */
    public void addReferenceCheck(ActionReferenceCheck check) {
        referenceChecks.add(check);
    }

    /**
     * The structural problems of these steps (names, packages, conditions, action-type settings),
     * one sentence each, without looking at the database: for checking a whole document before
     * anything is saved.
     */
    public static List<String> structuralProblems(List<DeploymentStep> steps) {
        ProcessValidation validation = new ProcessValidation();
        validation.check(steps);
        return List.copyOf(validation.errors);
    }

    // ---- for engine components inside their own transaction (no permission check) ----

    /** The live process of a project (by id, slug or name), or {@link NotFoundException}. */
    public DeploymentProcess requireForProject(Handle handle, String spaceId, String project) {
        Project p = projects.require(handle, spaceId, project);
        return processes
                .findByProject(handle, spaceId, p.id())
                .orElseThrow(() -> NotFoundException.of(KIND, p.deploymentProcessId()));
    }

    /**
     * Freezes the project's current process and returns the snapshot's id ({@code
     * deploymentprocess-Projects-N-s-<version>-<code>}). Snapshots are immutable and shared: while
     * the process is unchanged, every call returns the same snapshot.
     */
    public String snapshot(Handle handle, String projectId) {
        String spaceId = spaceOfProject(handle, projectId);
        DeploymentProcess current = requireForProject(handle, spaceId, projectId);
        var existing = processes.snapshotOf(handle, projectId, current.version());
        if (existing.isPresent()) {
            return existing.get();
        }
        String id = current.id() + "-s-" + current.version() + "-" + randomCode();
        DeploymentProcess snapshot =
                new DeploymentProcess(
                        id,
                        current.spaceId(),
                        current.projectId(),
                        current.version(),
                        current.steps(),
                        null,
                        current.lastModifiedOn(),
                        current.lastModifiedBy());
        processes.insertSnapshot(handle, snapshot, clock.instant());
        processes.setLastSnapshot(handle, current.id(), id);
        return id;
    }

    /** A snapshot by id, or {@link NotFoundException}. */
    public DeploymentProcess getSnapshot(Handle handle, String snapshotId) {
        return processes
                .findSnapshot(handle, snapshotId)
                .orElseThrow(() -> NotFoundException.of("Deployment process snapshot", snapshotId));
    }

    private String spaceOfProject(Handle handle, String projectId) {
        return handle.createQuery("SELECT space_id FROM projects WHERE id = :id")
                .bind("id", projectId)
                .mapTo(String.class)
                .findFirst()
                .orElseThrow(() -> NotFoundException.of("Project", projectId));
    }

    private List<DeploymentStep> validSteps(
            Handle h, DeploymentProcess current, List<DeploymentStep> steps) {
        ProcessValidation validation = new ProcessValidation();
        validation.check(steps);
        List<String> errors = new ArrayList<>(validation.errors);
        for (String id : environments.missing(h, current.spaceId(), validation.environmentIds)) {
            errors.add("Environment '" + id + "' was not found in this space.");
        }
        for (String id :
                channels.missing(
                        h, current.spaceId(), current.projectId(), validation.channelIds)) {
            errors.add("Channel '" + id + "' is not a channel of this project.");
        }
        errors.addAll(tagSets.resolve(h, current.spaceId(), validation.tenantTags).errors());
        List<DeploymentAction> actions =
                steps.stream().flatMap(st -> st.actions().stream()).toList();
        for (ActionReferenceCheck check : referenceChecks) {
            errors.addAll(check.problems(h, current.spaceId(), actions));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(
                    "The deployment process is not valid: " + String.join(" ", errors), errors);
        }
        return ProcessValidation.withIds(steps);
    }

    private void recordReferences(Handle h, DeploymentProcess p) {
        Project project = projects.require(h, p.spaceId(), p.projectId());
        List<String> targets = new ArrayList<>();
        for (DeploymentAction a : p.actions()) {
            targets.addAll(a.environments());
            targets.addAll(a.excludedEnvironments());
            targets.addAll(a.channels());
            // the worker pool it runs on, so the pool cannot be deleted while the process uses it
            for (String pool :
                    new String[] {
                        a.workerPoolId(), a.properties().get(DeploymentAction.WORKER_POOL_PROPERTY)
                    }) {
                if (pool != null && !pool.isBlank()) {
                    targets.add(pool.strip());
                }
            }
            TagResolution tags = tagSets.resolve(h, p.spaceId(), a.tenantTags());
            targets.addAll(tags.ids());
        }
        references.replace(h, p.spaceId(), new Referrer(KIND, p.id(), project.name()), targets);
    }

    private static String randomCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            code.append(
                    CODE_ALPHABET.charAt(
                            ThreadLocalRandom.current().nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}

package io.jenkins.plugins.freight.engine.release;

import io.jenkins.plugins.freight.engine.audit.AuditLog;
import io.jenkins.plugins.freight.engine.audit.EventCategory;
import io.jenkins.plugins.freight.engine.audit.EventRequest;
import io.jenkins.plugins.freight.engine.channel.ChannelListener;
import io.jenkins.plugins.freight.engine.channel.ChannelService;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.feed.BuildInformationService;
import io.jenkins.plugins.freight.engine.feed.FeedService;
import io.jenkins.plugins.freight.engine.process.ProcessService;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.project.ProjectService;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.space.Page;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.variable.VariableService;
import io.jenkins.plugins.freight.engine.version.OctopusVersion;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Handle;

/**
 * Releases: creating them (version, package versions, frozen process and variables), reading and
 * listing them, and re-snapshotting their variables.
 */
public final class ReleaseService {

    static final String KIND = "Release";

    private final Database database;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final Clock clock;
    private final ProjectService projects;
    private final ChannelService channels;
    private final ReleaseVariables variables;
    private final ReleaseRepository releases = new JdbcReleaseRepository();
    private final ReleaseRequests requests = new ReleaseRequests();
    private final List<ReleaseListener> listeners = new CopyOnWriteArrayList<>();
    private final ReleaseCreation creation;
    private final ReleaseTemplates templates;

    public ReleaseService(
            Database database,
            AccessPolicy access,
            Clock clock,
            ProjectService projects,
            ChannelService channels,
            ProcessService processes,
            FeedService feed,
            BuildInformationService buildInformation,
            VariableService variables,
            AuditLog audit) {
        this.database = database;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
        this.projects = projects;
        this.channels = channels;
        this.variables = new ReleaseVariables(variables);
        this.creation =
                new ReleaseCreation(
                        clock,
                        projects,
                        channels,
                        processes,
                        feed,
                        buildInformation,
                        this.variables,
                        releases,
                        listeners);
        this.templates =
                new ReleaseTemplates(
                        projects, channels, processes, releases, new PackagePicker(feed));
    }

    /** Registers a listener told about each new release; call while wiring the engine. */
    public void addListener(ReleaseListener listener) {
        listeners.add(listener);
    }

    /** Refuses deleting a channel that still has releases; register with the channel service. */
    public ChannelListener channelGuard() {
        return new ChannelReleases(releases);
    }

    /**
     * Creates a release, or with {@code ignoreIfAlreadyExists} returns the project's release of an
     * equal version. Concurrent creates of one version produce exactly one release; the others get
     * a {@link ConflictException} (or that release).
     *
     * @throws InvalidInputException listing every problem with the request; nothing is stored
     * @throws ConflictException when the version exists and {@code ignoreIfAlreadyExists} is off
     */
    public Release create(Caller caller, String spaceId, CreateReleaseRequest request) {
        access.require(caller, "ReleaseCreate", spaceId);
        requests.check(request);
        PackageSpecs specs =
                PackageSpecs.parse(request.packages(), request.defaultPackageVersion());
        return database.inTransaction(
                h ->
                        creation.create(
                                h,
                                caller,
                                spaceId,
                                request,
                                specs,
                                (handle, release) ->
                                        audit.record(
                                                handle,
                                                caller,
                                                new EventRequest(
                                                        spaceId,
                                                        EventCategory.ReleaseCreated,
                                                        "Release "
                                                                + release.version()
                                                                + " of "
                                                                + projects.require(
                                                                                handle,
                                                                                spaceId,
                                                                                release.projectId())
                                                                        .name()
                                                                + " was created",
                                                        List.of(release.id(), release.channelId()),
                                                        release.projectId(),
                                                        null,
                                                        null,
                                                        null,
                                                        release))));
    }

    /**
     * The template for the project's next release in a channel (null: the default channel): the
     * packages to pin with the newest versions the channel allows, and the last release.
     */
    public ReleaseTemplate template(Caller caller, String spaceId, String project, String channel) {
        access.require(caller, "ProcessView", spaceId);
        return database.withHandle(h -> templates.build(h, spaceId, project, channel));
    }

    /** A release by id; a release of another space is not found. */
    public Release get(Caller caller, String spaceId, String id) {
        access.require(caller, "ReleaseView", spaceId);
        return database.withHandle(h -> require(h, spaceId, id));
    }

    /** A project's release by version (compared semantically: {@code 1.0} finds {@code 1.0.0}). */
    public Release getByVersion(Caller caller, String spaceId, String project, String version) {
        access.require(caller, "ReleaseView", spaceId);
        return database.withHandle(h -> requireByVersion(h, spaceId, project, version));
    }

    /**
     * A project's releases, newest version first.
     *
     * @param channel only this channel's (id, slug or name), or null
     * @param searchByVersion only versions containing this text, or null
     */
    public Page<Release> listByProject(
            Caller caller,
            String spaceId,
            String project,
            String channel,
            String searchByVersion,
            int skip,
            int take) {
        access.require(caller, "ReleaseView", spaceId);
        ReleaseRequests.checkPage(skip, take);
        return database.withHandle(
                h -> {
                    Project p = projects.require(h, spaceId, project);
                    String channelId =
                            channel == null || channel.isBlank()
                                    ? null
                                    : channels.requireInProject(h, spaceId, p.id(), channel).id();
                    String search =
                            searchByVersion == null || searchByVersion.isBlank()
                                    ? null
                                    : searchByVersion.strip();
                    return releases.listByProject(h, p.id(), channelId, search, skip, take);
                });
    }

    /** Releases of a space, newest first; {@code ids} empty means all. */
    public Page<Release> list(Caller caller, String spaceId, List<String> ids, int skip, int take) {
        access.require(caller, "ReleaseView", spaceId);
        ReleaseRequests.checkPage(skip, take);
        return database.withHandle(
                h -> releases.list(h, spaceId, ids == null ? List.of() : ids, skip, take));
    }

    /**
     * Takes a new snapshot of the release's variables (the project's and its included library
     * variable sets, as they are now) and keeps everything else, the process snapshot included
     * (Octopus's "update variables"). Deployments created afterwards use the new snapshot.
     */
    public Release updateVariables(Caller caller, String spaceId, String id) {
        access.require(caller, "ReleaseEdit", spaceId);
        return database.inTransaction(
                h -> {
                    Release current = require(h, spaceId, id);
                    Project project = projects.require(h, spaceId, current.projectId());
                    Release updated =
                            current.withVariableSnapshot(
                                    variables.snapshot(h, project),
                                    clock.instant(),
                                    caller.username());
                    releases.update(h, updated);
                    audit.record(
                            h,
                            caller,
                            EventRequest.modified(
                                            spaceId,
                                            current.id(),
                                            "Variables of release "
                                                    + current.version()
                                                    + " of "
                                                    + project.name()
                                                    + " were updated",
                                            current,
                                            updated)
                                    .withProject(project.id()));
                    return updated;
                });
    }

    // ---- for engine components inside their own transaction (no permission check) ----

    /** The release by id, or {@link NotFoundException}. */
    public Release require(Handle handle, String spaceId, String id) {
        return releases.findById(handle, spaceId, id)
                .orElseThrow(() -> NotFoundException.of(KIND, id));
    }

    /** A project's (id, slug or name) release by version, or {@link NotFoundException}. */
    public Release requireByVersion(Handle handle, String spaceId, String project, String version) {
        Project p = projects.require(handle, spaceId, project);
        return OctopusVersion.tryParse(version == null ? "" : version.strip())
                .flatMap(v -> releases.findByVersion(handle, p.id(), v))
                .orElseThrow(
                        () ->
                                new NotFoundException(
                                        "Project "
                                                + p.name()
                                                + " has no release "
                                                + version
                                                + "."));
    }

    /** Locks the release row until the transaction ends (serializes automatic deployments). */
    public void lock(Handle handle, String releaseId) {
        handle.createQuery("SELECT id FROM releases WHERE id = :id FOR UPDATE")
                .bind("id", releaseId)
                .mapTo(String.class)
                .findOne();
    }
}

package io.jenkins.plugins.freight.engine.release;

import io.jenkins.plugins.freight.engine.channel.Channel;
import io.jenkins.plugins.freight.engine.channel.ChannelService;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.feed.BuildInformationService;
import io.jenkins.plugins.freight.engine.feed.FeedService;
import io.jenkins.plugins.freight.engine.feed.PackageCoordinates;
import io.jenkins.plugins.freight.engine.process.DeploymentProcess;
import io.jenkins.plugins.freight.engine.process.ProcessService;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.project.ProjectService;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.version.OctopusVersion;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Creates a release inside one transaction: checks the project and channel, freezes the process and
 * variables, pins the package versions, chooses the version and stores the release, which stays
 * unique per project however many requests race for the same version.
 */
final class ReleaseCreation {

    /** What a release freezes and pins before it gets its version. */
    private record Frozen(
            String processSnapshotId,
            String variableSnapshotId,
            DeploymentProcess process,
            List<SelectedPackage> packages) {}

    private final Clock clock;
    private final ProjectService projects;
    private final ChannelService channels;
    private final ProcessService processes;
    private final BuildInformationService buildInformation;
    private final ReleaseVariables variables;
    private final ReleaseRepository releases;
    private final PackagePicker picker;
    private final ReleaseVersions versions;
    private final List<ReleaseListener> listeners;

    ReleaseCreation(
            Clock clock,
            ProjectService projects,
            ChannelService channels,
            ProcessService processes,
            FeedService feed,
            BuildInformationService buildInformation,
            ReleaseVariables variables,
            ReleaseRepository releases,
            List<ReleaseListener> listeners) {
        this.clock = clock;
        this.projects = projects;
        this.channels = channels;
        this.processes = processes;
        this.buildInformation = buildInformation;
        this.variables = variables;
        this.releases = releases;
        this.picker = new PackagePicker(feed);
        this.versions = new ReleaseVersions(releases, clock);
        this.listeners = listeners;
    }

    Release create(
            Handle h,
            Caller caller,
            String spaceId,
            CreateReleaseRequest request,
            PackageSpecs specs,
            ReleaseListener created) {
        Project project = activeProject(h, spaceId, request);
        Channel channel =
                request.channel() == null
                        ? channels.defaultChannel(h, spaceId, project.id())
                        : channels.requireInProject(h, spaceId, project.id(), request.channel());
        if (request.version() != null && request.ignoreIfAlreadyExists()) {
            Optional<Release> existing =
                    OctopusVersion.tryParse(request.version().strip())
                            .flatMap(v -> releases.findByVersion(h, project.id(), v));
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        Frozen frozen = freeze(h, project, channel, request, specs);
        OctopusVersion version =
                versions.choose(
                        h,
                        request.version(),
                        project,
                        channel,
                        channels.ofProject(h, spaceId, project.id()),
                        frozen.process(),
                        frozen.packages(),
                        () ->
                                variables.forVersionTemplate(
                                        h, frozen.variableSnapshotId(), project, channel));
        return store(
                h,
                project,
                assemble(h, caller, project, channel, request, frozen, version),
                version,
                request,
                created);
    }

    private Project activeProject(Handle h, String spaceId, CreateReleaseRequest request) {
        Project project = projects.require(h, spaceId, request.project());
        if (project.isDisabled()) {
            throw invalid(
                    "Project " + project.name() + " is disabled, so it takes no new releases.");
        }
        if (request.ignoreChannelRules() && !project.allowIgnoreChannelRules()) {
            throw invalid("Project " + project.name() + " does not allow ignoring channel rules.");
        }
        return project;
    }

    private Frozen freeze(
            Handle h,
            Project project,
            Channel channel,
            CreateReleaseRequest request,
            PackageSpecs specs) {
        String processSnapshotId = processes.snapshot(h, project.id());
        String variableSnapshotId = variables.snapshot(h, project);
        DeploymentProcess process = processes.getSnapshot(h, processSnapshotId);
        List<PackageSlot> slots = PackagePicker.slots(process, channel);
        specs.requireAllMatch(slots);
        List<SelectedPackage> packages =
                picker.pick(
                        h,
                        project.spaceId(),
                        channel,
                        slots,
                        specs,
                        request.ignoreChannelRules(),
                        request.packagePrerelease());
        return new Frozen(processSnapshotId, variableSnapshotId, process, packages);
    }

    private Release assemble(
            Handle h,
            Caller caller,
            Project project,
            Channel channel,
            CreateReleaseRequest request,
            Frozen frozen,
            OctopusVersion version) {
        Instant now = clock.instant();
        return new Release(
                Database.nextId(h, "Releases"),
                project.spaceId(),
                project.id(),
                channel.id(),
                version.toString(),
                request.releaseNotes(),
                now,
                request.ignoreChannelRules(),
                frozen.processSnapshotId(),
                frozen.variableSnapshotId(),
                frozen.packages(),
                buildInformation(h, project.spaceId(), frozen.packages()),
                request.customFields(),
                caller.userId(),
                caller.username(),
                now,
                caller.username());
    }

    /** Stores the release; when another request stored the same version first, that one decides. */
    private Release store(
            Handle h,
            Project project,
            Release release,
            OctopusVersion version,
            CreateReleaseRequest request,
            ReleaseListener created) {
        if (!releases.insert(h, release, version)) {
            Release winner =
                    releases.findByVersion(h, project.id(), version)
                            .orElseThrow(() -> exists(project, version));
            if (request.ignoreIfAlreadyExists()) {
                return winner;
            }
            throw exists(project, version);
        }
        created.created(h, release);
        for (ReleaseListener listener : listeners) {
            listener.created(h, release);
        }
        return release;
    }

    /** Build information of the pinned built-in feed packages, once per package version. */
    private List<ReleaseBuildInformation> buildInformation(
            Handle h, String spaceId, List<SelectedPackage> selected) {
        Map<PackageCoordinates, ReleaseBuildInformation> found = new LinkedHashMap<>();
        for (SelectedPackage p : selected) {
            if (!FeedService.BUILTIN_FEED_ID.equals(p.feedId()) || p.packageId().contains("#{")) {
                continue;
            }
            PackageCoordinates c =
                    new PackageCoordinates(p.packageId(), OctopusVersion.parse(p.version()));
            if (!found.containsKey(c)) {
                buildInformation
                        .find(h, spaceId, c)
                        .ifPresent(b -> found.put(c, ReleaseBuildInformation.of(b)));
            }
        }
        return List.copyOf(found.values());
    }

    private static ConflictException exists(Project project, OctopusVersion version) {
        return new ConflictException(
                "Release " + version + " already exists in project " + project.name() + ".");
    }

    private static InvalidInputException invalid(String message) {
        return new InvalidInputException(message, List.of(message));
    }
}

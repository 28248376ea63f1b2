package io.jenkins.plugins.freight.engine.deployment;

import io.jenkins.plugins.freight.engine.channel.Channel;
import io.jenkins.plugins.freight.engine.channel.ChannelService;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.process.DeploymentProcess;
import io.jenkins.plugins.freight.engine.process.ProcessService;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.project.ProjectService;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.release.ReleaseService;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.task.TaskRequest;
import io.jenkins.plugins.freight.engine.task.TaskService;
import io.jenkins.plugins.freight.engine.variable.VariableSnapshot;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Creates deployments: resolves what a request means, checks every rule (lifecycle progression,
 * tenants, schedule, skipped steps, targets) before anything is stored, then stores one deployment
 * and queues one {@code Deploy} task per environment and tenant.
 */
final class DeploymentCreation {

    private final Clock clock;
    private final ReleaseService releases;
    private final ProjectService projects;
    private final ChannelService channels;
    private final ProcessService processes;
    private final TaskService tasks;
    private final DeploymentRepository deployments;
    private final ReleaseProgressions progressions;
    private final DeploymentTargets targets;
    private final TargetMachines targetMachines;
    private final PromptedValues prompted;

    DeploymentCreation(
            Clock clock,
            ReleaseService releases,
            ProjectService projects,
            ChannelService channels,
            ProcessService processes,
            TaskService tasks,
            DeploymentRepository deployments,
            ReleaseProgressions progressions,
            DeploymentTargets targets,
            TargetMachines targetMachines,
            PromptedValues prompted) {
        this.clock = clock;
        this.releases = releases;
        this.projects = projects;
        this.channels = channels;
        this.processes = processes;
        this.tasks = tasks;
        this.deployments = deployments;
        this.progressions = progressions;
        this.targets = targets;
        this.targetMachines = targetMachines;
        this.prompted = prompted;
    }

    /** Creates the deployments of a request inside the caller's transaction, or refuses all. */
    List<Deployment> create(
            Handle h, Caller caller, String spaceId, CreateDeploymentRequest request) {
        Release named = namedRelease(h, spaceId, request);
        Project project =
                projects.require(h, spaceId, named != null ? named.projectId() : request.project());
        if (project.isDisabled()) {
            throw invalid(
                    List.of(
                            "Project "
                                    + project.name()
                                    + " is disabled, so it cannot be deployed."));
        }
        List<String> errors = new ArrayList<>();
        Instant now = clock.instant();
        DeploymentOptions.checkSchedule(
                request.queueTime(), request.queueTimeExpiry(), now, errors);
        List<Planned> planned = plan(h, project, named, request, errors);
        List<Environment> environments =
                planned.stream().map(p -> p.target().environment()).distinct().toList();
        TargetMachines.Choice machines =
                targetMachines.resolve(h, spaceId, request, environments, errors);
        if (!errors.isEmpty()) {
            throw invalid(errors.stream().distinct().toList());
        }
        List<Deployment> created = new ArrayList<>();
        for (Planned p : planned) {
            created.add(insert(h, caller, project, p, request, machines, now));
        }
        return created;
    }

    /** One deployment to create, with what was worked out for it. */
    private record Planned(
            DeploymentTarget target, List<String> skipActions, PromptedValues.Values values) {}

    /** The deployments the request means, each checked against the lifecycle and its options. */
    private List<Planned> plan(
            Handle h,
            Project project,
            Release named,
            CreateDeploymentRequest request,
            List<String> errors) {
        Channel namedChannel =
                named == null ? null : channels.require(h, project.spaceId(), named.channelId());
        Map<String, List<String>> skipped = new HashMap<>();
        Map<String, VariableSnapshot> snapshots = new HashMap<>();
        Set<String> used = new HashSet<>();
        List<Planned> planned = new ArrayList<>();
        for (DeploymentTarget t :
                targets.resolve(h, project, namedChannel, named, request, errors)) {
            progressions
                    .of(h, project, t.release(), t.tenantId())
                    .refusal(t.environment().id(), t.environment().name())
                    .map(r -> t.tenant() == null ? r : r + " (tenant " + t.tenant().name() + ")")
                    .ifPresent(errors::add);
            List<String> skip =
                    skipped.computeIfAbsent(
                            t.release().id(),
                            id ->
                                    DeploymentOptions.skippedActionIds(
                                            snapshot(h, t.release()),
                                            request.skipActions(),
                                            errors));
            planned.add(
                    new Planned(
                            t,
                            skip,
                            prompted.of(h, t, request.formValues(), snapshots, used, errors)));
        }
        PromptedValues.reportUnused(request.formValues(), used, errors);
        return planned;
    }

    private Release namedRelease(Handle h, String spaceId, CreateDeploymentRequest request) {
        if (request.releaseId() != null) {
            return releases.require(h, spaceId, request.releaseId());
        }
        if (request.project() == null) {
            throw invalid(
                    List.of(
                            "Name the release to deploy, or a project with a release version or an environment to promote from."));
        }
        if (request.releaseVersion() != null) {
            return releases.requireByVersion(
                    h, spaceId, request.project(), request.releaseVersion());
        }
        if (request.promoteFrom() == null) {
            throw invalid(
                    List.of(
                            "Name the release version to deploy, or an environment to promote from."));
        }
        return null;
    }

    private Deployment insert(
            Handle h,
            Caller caller,
            Project project,
            Planned planned,
            CreateDeploymentRequest request,
            TargetMachines.Choice machines,
            Instant now) {
        DeploymentTarget t = planned.target();
        Release release = t.release();
        Environment env = t.environment();
        String id = Database.nextId(h, "Deployments");
        String forTenant = t.tenant() == null ? "" : " for " + t.tenant().name();
        ServerTask task =
                tasks.enqueue(
                        h,
                        TaskRequest.of(
                                        project.spaceId(),
                                        DeploymentService.DEPLOY_TASK,
                                        "Deploy "
                                                + project.name()
                                                + " release "
                                                + release.version()
                                                + " to "
                                                + env.name()
                                                + forTenant)
                                .withArguments(Map.of(DeploymentService.DEPLOYMENT_ID_ARGUMENT, id))
                                .regarding(project.id(), env.id(), t.tenantId())
                                .withConcurrencyTag(
                                        concurrencyTag(project.id(), env.id(), t.tenantId()))
                                .withQueueTime(request.queueTime(), request.queueTimeExpiry()));
        boolean guidedFailure =
                request.useGuidedFailure() != null
                        ? request.useGuidedFailure()
                        : project.defaultGuidedFailureMode().appliesTo(env.useGuidedFailure());
        Deployment deployment =
                new Deployment(
                        id,
                        project.spaceId(),
                        release.id(),
                        project.id(),
                        release.channelId(),
                        env.id(),
                        t.tenantId(),
                        task.id(),
                        "Deploy to " + env.name() + forTenant,
                        request.comments(),
                        release.processSnapshotId(),
                        release.variableSnapshotId(),
                        guidedFailure,
                        request.forcePackageDownload() || project.forcePackageDownload(),
                        request.forcePackageRedeployment(),
                        planned.skipActions(),
                        machines.specificIds(),
                        machines.excludedIds(),
                        planned.values().plain(),
                        planned.values().sealed(),
                        request.queueTime(),
                        request.queueTimeExpiry(),
                        now,
                        caller.userId(),
                        caller.username());
        deployments.insert(h, deployment);
        return deployment;
    }

    /**
     * At most one deployment per project, environment and tenant executes at a time; later ones
     * wait in queue order.
     */
    static String concurrencyTag(String projectId, String environmentId, String tenantId) {
        return "deploy/"
                + projectId
                + "/"
                + environmentId
                + "/"
                + (tenantId == null ? "untenanted" : tenantId);
    }

    private DeploymentProcess snapshot(Handle h, Release release) {
        return processes.getSnapshot(h, release.processSnapshotId());
    }

    static InvalidInputException invalid(List<String> errors) {
        return new InvalidInputException(
                errors.size() == 1
                        ? errors.get(0)
                        : "The deployment was refused: " + String.join(" ", errors),
                errors);
    }
}

package io.jenkins.plugins.freight.engine.deployment;

import io.jenkins.plugins.freight.engine.channel.Channel;
import io.jenkins.plugins.freight.engine.channel.ChannelService;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.environment.EnvironmentService;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.lifecycle.LifecycleService;
import io.jenkins.plugins.freight.engine.process.DeploymentProcess;
import io.jenkins.plugins.freight.engine.process.ProcessService;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.project.ProjectService;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.release.ReleaseService;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.space.Page;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.task.TaskRequest;
import io.jenkins.plugins.freight.engine.task.TaskService;
import io.jenkins.plugins.freight.engine.tenant.TenantService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Deployments: creating them (one deployment and one {@code Deploy} task per environment and
 * tenant, all or nothing, after the lifecycle allows each), and the deployment history that
 * progression and promotion read.
 */
public final class DeploymentService {

    /** The name of the server task that runs a deployment. */
    public static final String DEPLOY_TASK = "Deploy";

    /** The task argument naming the deployment. */
    public static final String DEPLOYMENT_ID_ARGUMENT = "DeploymentId";

    private final Database database;
    private final AccessPolicy access;
    private final Clock clock;
    private final ReleaseService releases;
    private final ProjectService projects;
    private final ChannelService channels;
    private final ProcessService processes;
    private final TaskService tasks;
    private final DeploymentRepository deployments = new JdbcDeploymentRepository();
    private final LifecycleProgressions lifecycles;
    private final DeploymentTargets targets;

    public DeploymentService(
            Database database,
            AccessPolicy access,
            Clock clock,
            ReleaseService releases,
            ProjectService projects,
            ChannelService channels,
            LifecycleService lifecycles,
            EnvironmentService environments,
            TenantService tenants,
            ProcessService processes,
            TaskService tasks) {
        this.database = database;
        this.access = access;
        this.clock = clock;
        this.releases = releases;
        this.projects = projects;
        this.channels = channels;
        this.processes = processes;
        this.tasks = tasks;
        this.lifecycles = new LifecycleProgressions(lifecycles, environments);
        this.targets = new DeploymentTargets(environments, tenants, releases, deployments);
    }

    /**
     * Creates one deployment (with its queued {@code Deploy} task) per environment and tenant of
     * the request, in one transaction.
     *
     * @throws InvalidInputException listing every refusal (e.g. which lifecycle rule refused which
     *     environment); nothing is created
     */
    public List<Deployment> create(Caller caller, String spaceId, CreateDeploymentRequest request) {
        access.require(caller, "DeploymentCreate", spaceId);
        return database.inTransaction(h -> create(h, caller, spaceId, request));
    }

    /**
     * Like {@link #create(Caller, String, CreateDeploymentRequest)} inside the caller's
     * transaction.
     */
    public List<Deployment> create(
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
        Channel namedChannel =
                named == null ? null : channels.require(h, spaceId, named.channelId());
        List<String> errors = new ArrayList<>();
        Instant now = clock.instant();
        DeploymentOptions.checkSchedule(
                request.queueTime(), request.queueTimeExpiry(), now, errors);
        List<DeploymentTarget> resolved =
                targets.resolve(h, project, namedChannel, named, request, errors);
        Map<String, List<String>> skipped = new HashMap<>();
        for (DeploymentTarget t : resolved) {
            progression(h, project, t.release(), t.tenantId())
                    .refusal(t.environment().id(), t.environment().name())
                    .map(r -> t.tenant() == null ? r : r + " (tenant " + t.tenant().name() + ")")
                    .ifPresent(errors::add);
            skipped.computeIfAbsent(
                    t.release().id(),
                    id ->
                            DeploymentOptions.skippedActionIds(
                                    snapshot(h, t.release()), request.skipActions(), errors));
        }
        if (!errors.isEmpty()) {
            throw invalid(errors.stream().distinct().toList());
        }
        List<Deployment> created = new ArrayList<>();
        for (DeploymentTarget t : resolved) {
            created.add(insert(h, caller, project, t, request, skipped.get(t.release().id()), now));
        }
        return created;
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
            DeploymentTarget t,
            CreateDeploymentRequest request,
            List<String> skipActions,
            Instant now) {
        Release release = t.release();
        Environment env = t.environment();
        String id = Database.nextId(h, "Deployments");
        String forTenant = t.tenant() == null ? "" : " for " + t.tenant().name();
        ServerTask task =
                tasks.enqueue(
                        h,
                        TaskRequest.of(
                                        project.spaceId(),
                                        DEPLOY_TASK,
                                        "Deploy "
                                                + project.name()
                                                + " release "
                                                + release.version()
                                                + " to "
                                                + env.name()
                                                + forTenant)
                                .withArguments(Map.of(DEPLOYMENT_ID_ARGUMENT, id))
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
                        skipActions,
                        request.specificMachines(),
                        request.excludedMachines(),
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

    public Deployment get(Caller caller, String spaceId, String id) {
        access.require(caller, "DeploymentView", spaceId);
        return database.withHandle(h -> require(h, spaceId, id));
    }

    /** Deployments of a space, newest first. */
    public Page<Deployment> list(Caller caller, String spaceId, DeploymentQuery query) {
        access.require(caller, "DeploymentView", spaceId);
        if (query.skip() < 0 || query.take() < 0) {
            throw invalid(List.of("skip and take must not be negative."));
        }
        return database.withHandle(h -> deployments.list(h, spaceId, query));
    }

    /** Every deployment of a release with its state, newest first. */
    public List<DeploymentStatus> historyOfRelease(
            Caller caller, String spaceId, String releaseId) {
        access.require(caller, "DeploymentView", spaceId);
        return database.withHandle(
                h -> deployments.historyOfRelease(h, releases.require(h, spaceId, releaseId).id()));
    }

    /**
     * Deployments of a project to an environment, newest first.
     *
     * @param tenant only this tenant's (id, slug or name); null for every deployment
     */
    public Page<DeploymentStatus> historyOfEnvironment(
            Caller caller,
            String spaceId,
            String project,
            String environment,
            String tenant,
            int skip,
            int take) {
        access.require(caller, "DeploymentView", spaceId);
        return database.withHandle(
                h -> {
                    Project p = projects.require(h, spaceId, project);
                    String envId = lifecycleEnvironment(h, spaceId, environment);
                    String tenantId = tenant == null ? null : targetsTenantId(h, spaceId, tenant);
                    return deployments.historyOfEnvironment(h, p.id(), envId, tenantId, skip, take);
                });
    }

    /**
     * The release of the newest successful deployment of the project to the environment (for the
     * tenant, or untenanted when null): what promotion from that environment deploys.
     */
    public Optional<Release> currentRelease(
            Caller caller, String spaceId, String project, String environment, String tenant) {
        access.require(caller, "DeploymentView", spaceId);
        return database.withHandle(
                h -> {
                    Project p = projects.require(h, spaceId, project);
                    String envId = lifecycleEnvironment(h, spaceId, environment);
                    String tenantId = tenant == null ? null : targetsTenantId(h, spaceId, tenant);
                    return deployments
                            .currentReleaseId(h, p.id(), envId, tenantId)
                            .map(id -> releases.require(h, spaceId, id));
                });
    }

    /** Where a release stands in its lifecycle, for a tenant (id, slug or name) or untenanted. */
    public Progression progression(Caller caller, String spaceId, String releaseId, String tenant) {
        access.require(caller, "ReleaseView", spaceId);
        return database.withHandle(
                h -> {
                    Release release = releases.require(h, spaceId, releaseId);
                    Project project = projects.require(h, spaceId, release.projectId());
                    String tenantId = tenant == null ? null : targetsTenantId(h, spaceId, tenant);
                    return progression(h, project, release, tenantId);
                });
    }

    // ---- for engine components inside their own transaction (no permission check) ----

    /** The deployment by id, or {@link NotFoundException}. */
    public Deployment require(Handle handle, String spaceId, String id) {
        return deployments
                .findById(handle, spaceId, id)
                .orElseThrow(() -> NotFoundException.of("Deployment", id));
    }

    /** The deployment a {@code Deploy} task runs. */
    public Optional<Deployment> findByTask(Handle handle, String taskId) {
        return deployments.findByTaskId(handle, taskId);
    }

    /** Where the release stands for the tenant (null: untenanted). */
    public Progression progression(Handle h, Project project, Release release, String tenantId) {
        Channel channel = channels.require(h, project.spaceId(), release.channelId());
        return ProgressionRules.evaluate(
                release.version(),
                lifecycles.of(h, project, channel),
                deployments.outcomes(h, release.id(), tenantId));
    }

    private String lifecycleEnvironment(Handle h, String spaceId, String reference) {
        return targets.environment(h, spaceId, reference).id();
    }

    private String targetsTenantId(Handle h, String spaceId, String reference) {
        return targets.tenant(h, spaceId, reference).id();
    }

    private static InvalidInputException invalid(List<String> errors) {
        return new InvalidInputException(
                errors.size() == 1
                        ? errors.get(0)
                        : "The deployment was refused: " + String.join(" ", errors),
                errors);
    }
}

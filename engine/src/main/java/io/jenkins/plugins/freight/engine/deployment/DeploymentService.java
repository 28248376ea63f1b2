package io.jenkins.plugins.freight.engine.deployment;

import io.jenkins.plugins.freight.engine.channel.ChannelService;
import io.jenkins.plugins.freight.engine.environment.EnvironmentListener;
import io.jenkins.plugins.freight.engine.environment.EnvironmentService;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.lifecycle.LifecycleService;
import io.jenkins.plugins.freight.engine.machine.MachineService;
import io.jenkins.plugins.freight.engine.process.ProcessService;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.project.ProjectService;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.release.ReleaseService;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.space.Page;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.task.TaskService;
import io.jenkins.plugins.freight.engine.tenant.TenantListener;
import io.jenkins.plugins.freight.engine.tenant.TenantService;
import io.jenkins.plugins.freight.engine.variable.SecretCipher;
import io.jenkins.plugins.freight.engine.variable.VariableService;
import java.time.Clock;
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
    private final ReleaseService releases;
    private final ProjectService projects;
    private final DeploymentRepository deployments = new JdbcDeploymentRepository();
    private final ReleaseProgressions progressions;
    private final DeploymentTargets targets;
    private final DeploymentCreation creation;
    private final PromptedValues prompted;
    private final List<DeploymentListener> listeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();

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
            MachineService machines,
            ProcessService processes,
            TaskService tasks,
            VariableService variables,
            SecretCipher cipher) {
        this.database = database;
        this.access = access;
        this.releases = releases;
        this.projects = projects;
        this.prompted = new PromptedValues(variables, cipher);
        this.progressions =
                new ReleaseProgressions(
                        channels, new LifecycleProgressions(lifecycles, environments), deployments);
        this.targets = new DeploymentTargets(environments, tenants, releases, deployments);
        this.creation =
                new DeploymentCreation(
                        clock,
                        releases,
                        projects,
                        channels,
                        processes,
                        tasks,
                        deployments,
                        progressions,
                        targets,
                        new TargetMachines(machines),
                        prompted);
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
        return database.inTransaction(
                h -> {
                    requireForRequested(h, caller, spaceId, request);
                    List<Deployment> created = create(h, caller, spaceId, request);
                    // each deployment needs DeploymentCreate for its project, environment, tenant
                    created.forEach(
                            d -> access.requireFor(h, caller, "DeploymentCreate", scope(d)));
                    return created;
                });
    }

    /**
     * Like {@link #create(Caller, String, CreateDeploymentRequest)} inside the caller's
     * transaction.
     */
    public List<Deployment> create(
            Handle h, Caller caller, String spaceId, CreateDeploymentRequest request) {
        List<Deployment> created = creation.create(h, caller, spaceId, request);
        for (DeploymentListener listener : listeners) {
            created.forEach(d -> listener.created(h, caller, d));
        }
        return created;
    }

    /** Tells {@code listener} about every deployment created, inside the creating transaction. */
    public void addListener(DeploymentListener listener) {
        listeners.add(listener);
    }

    /**
     * Refuses deleting an environment that releases were deployed to; register with the environment
     * service.
     */
    public EnvironmentListener environmentGuard() {
        return new EnvironmentDeployments(deployments);
    }

    /** Refuses deleting a tenant that deployments name. */
    public TenantListener tenantGuard() {
        return new TenantDeployments();
    }

    public Deployment get(Caller caller, String spaceId, String id) {
        access.require(caller, "DeploymentView", spaceId);
        Deployment deployment = database.withHandle(h -> require(h, spaceId, id));
        access.requireFor(caller, "DeploymentView", scope(deployment));
        return deployment;
    }

    /** Deployments of a space, newest first. */
    public Page<Deployment> list(Caller caller, String spaceId, DeploymentQuery query) {
        access.require(caller, "DeploymentView", spaceId);
        if (query.skip() < 0 || query.take() < 0) {
            throw DeploymentCreation.invalid(List.of("skip and take must not be negative."));
        }
        var visible = access.visible(caller, "DeploymentView", spaceId);
        Page<Deployment> page = database.withHandle(h -> deployments.list(h, spaceId, query));
        if (visible == io.jenkins.plugins.freight.engine.security.ScopeFilter.ALL) {
            return page;
        }
        List<Deployment> shown =
                page.items().stream().filter(d -> visible.permits(scope(d))).toList();
        long hidden = page.items().size() - shown.size();
        return new Page<>(shown, page.totalResults() - hidden, page.skip(), page.take());
    }

    /**
     * DeploymentCreate for the project and each requested environment, before lifecycle rules are
     * looked at (a refusal for lack of permission comes first); references that do not resolve are
     * left to the creation, which reports them.
     */
    private void requireForRequested(
            Handle h, Caller caller, String spaceId, CreateDeploymentRequest request) {
        String projectId;
        try {
            projectId =
                    request.releaseId() != null
                            ? releases.require(h, spaceId, request.releaseId()).projectId()
                            : projects.require(h, spaceId, request.project()).id();
        } catch (RuntimeException e) {
            return;
        }
        for (String environment : request.environments()) {
            String environmentId;
            try {
                environmentId = lifecycleEnvironment(h, spaceId, environment);
            } catch (RuntimeException e) {
                continue;
            }
            access.requireFor(
                    h,
                    caller,
                    "DeploymentCreate",
                    io.jenkins.plugins.freight.engine.security.PermissionScope.space(spaceId)
                            .withProject(projectId)
                            .withEnvironment(environmentId));
        }
    }

    /** Where a deployment is, for permission checks. */
    public static io.jenkins.plugins.freight.engine.security.PermissionScope scope(Deployment d) {
        return io.jenkins.plugins.freight.engine.security.PermissionScope.space(d.spaceId())
                .withProject(d.projectId())
                .withEnvironment(d.environmentId())
                .withTenant(d.tenantId());
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

    /**
     * The values supplied for the deployment's prompted variables, by variable name, sensitive ones
     * decrypted: for the execution only ({@code VariableResolver.resolve}); never log or show them.
     */
    public Map<String, String> promptedValues(Deployment deployment) {
        return prompted.decrypted(deployment);
    }

    /** The deployment a {@code Deploy} task runs. */
    public Optional<Deployment> findByTask(Handle handle, String taskId) {
        return deployments.findByTaskId(handle, taskId);
    }

    /** Where the release stands for the tenant (null: untenanted). */
    public Progression progression(Handle h, Project project, Release release, String tenantId) {
        return progressions.of(h, project, release, tenantId);
    }

    private String lifecycleEnvironment(Handle h, String spaceId, String reference) {
        return targets.environment(h, spaceId, reference).id();
    }

    private String targetsTenantId(Handle h, String spaceId, String reference) {
        return targets.tenant(h, spaceId, reference).id();
    }
}

package io.jenkins.plugins.freight.engine;

import io.jenkins.plugins.freight.engine.audit.AuditLog;
import io.jenkins.plugins.freight.engine.audit.AuditService;
import io.jenkins.plugins.freight.engine.channel.ChannelService;
import io.jenkins.plugins.freight.engine.channel.JdbcChannelRepository;
import io.jenkins.plugins.freight.engine.deployment.AutomaticDeployments;
import io.jenkins.plugins.freight.engine.deployment.DeploymentService;
import io.jenkins.plugins.freight.engine.environment.EnvironmentService;
import io.jenkins.plugins.freight.engine.environment.JdbcEnvironmentRepository;
import io.jenkins.plugins.freight.engine.execution.DeployServices;
import io.jenkins.plugins.freight.engine.execution.DeployTaskHandler;
import io.jenkins.plugins.freight.engine.execution.HealthChecks;
import io.jenkins.plugins.freight.engine.execution.HealthTaskHandler;
import io.jenkins.plugins.freight.engine.execution.VariablePreview;
import io.jenkins.plugins.freight.engine.feed.BuildInformationService;
import io.jenkins.plugins.freight.engine.feed.FeedService;
import io.jenkins.plugins.freight.engine.lifecycle.JdbcLifecycleRepository;
import io.jenkins.plugins.freight.engine.lifecycle.LifecycleService;
import io.jenkins.plugins.freight.engine.machine.AccountService;
import io.jenkins.plugins.freight.engine.machine.JdbcAccountRepository;
import io.jenkins.plugins.freight.engine.machine.JdbcMachineRepository;
import io.jenkins.plugins.freight.engine.machine.MachineDiscovery;
import io.jenkins.plugins.freight.engine.machine.MachineService;
import io.jenkins.plugins.freight.engine.plan.DeploymentPlans;
import io.jenkins.plugins.freight.engine.process.JdbcProcessRepository;
import io.jenkins.plugins.freight.engine.process.ProcessService;
import io.jenkins.plugins.freight.engine.project.JdbcProjectGroupRepository;
import io.jenkins.plugins.freight.engine.project.JdbcProjectRepository;
import io.jenkins.plugins.freight.engine.project.ProjectGroupService;
import io.jenkins.plugins.freight.engine.project.ProjectService;
import io.jenkins.plugins.freight.engine.release.ReleasePackageReferences;
import io.jenkins.plugins.freight.engine.release.ReleaseService;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.IdentityService;
import io.jenkins.plugins.freight.engine.security.SecurityModel;
import io.jenkins.plugins.freight.engine.serverkey.ServerKeys;
import io.jenkins.plugins.freight.engine.smtp.SmtpConfigurationService;
import io.jenkins.plugins.freight.engine.space.JdbcSpaceRepository;
import io.jenkins.plugins.freight.engine.space.References;
import io.jenkins.plugins.freight.engine.space.SpaceService;
import io.jenkins.plugins.freight.engine.step.StepRegistry;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.target.JdbcTargetLocks;
import io.jenkins.plugins.freight.engine.target.SshConnector;
import io.jenkins.plugins.freight.engine.task.TaskMachines;
import io.jenkins.plugins.freight.engine.task.TaskService;
import io.jenkins.plugins.freight.engine.task.TaskSettings;
import io.jenkins.plugins.freight.engine.tenant.JdbcTagSetRepository;
import io.jenkins.plugins.freight.engine.tenant.JdbcTenantRepository;
import io.jenkins.plugins.freight.engine.tenant.TagSetService;
import io.jenkins.plugins.freight.engine.tenant.TenantService;
import io.jenkins.plugins.freight.engine.variable.SecretCipher;
import io.jenkins.plugins.freight.engine.variable.VariableService;
import io.jenkins.plugins.freight.engine.worker.JdbcWorkerPoolRepository;
import io.jenkins.plugins.freight.engine.worker.JdbcWorkerRepository;
import io.jenkins.plugins.freight.engine.worker.WorkerPoolService;
import io.jenkins.plugins.freight.engine.worker.WorkerService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * The assembled engine: opens the database, wires every feature's repositories and services, and
 * owns the background components (task executor, lease sweeper, retention). Construction does no
 * background work; {@link #start()} starts it and {@link #close()} stops it.
 *
 * <p>Services are reached through accessors, one per feature; each takes a {@code Caller} on every
 * call.
 */
public final class Engine implements AutoCloseable {

    private final EngineSettings settings;
    private final Database database;
    private final AccessPolicy accessPolicy;
    private final AuditLog auditLog;
    private final AuditService auditService;
    private final SecurityModel security;
    private final DeploymentPlans plans;
    private final IdentityService identity;
    private final SpaceService spaceService;
    private final EnvironmentService environmentService;
    private final LifecycleService lifecycleService;
    private final ProjectGroupService projectGroupService;
    private final ProjectService projectService;
    private final ProcessService processService;
    private final ChannelService channelService;
    private final TagSetService tagSetService;
    private final TenantService tenantService;
    private final AccountService accountService;
    private final MachineService machineService;
    private final VariableService variableService;
    private final TaskService taskService;
    private final FeedService feedService;
    private final BuildInformationService buildInformationService;
    private final ReleaseService releaseService;
    private final DeploymentService deploymentService;
    private final SshConnector sshConnector;
    private final SmtpConfigurationService smtpConfiguration;
    private final JdbcTargetLocks targetLocks;
    private final TaskMachines taskMachines;
    private final MachineDiscovery machineDiscovery;
    private final VariablePreview variablePreview;
    private final ServerKeys serverKeys;
    private final WorkerPoolService workerPoolService;
    private final WorkerService workerService;
    private final HealthChecks healthChecks;

    private Engine(EngineSettings settings, Database database) {
        this.settings = settings;
        this.database = database;
        // Permissions (teams, roles, scopes) and the audit log every service writes to.
        this.auditLog = new AuditLog(database, java.time.Clock.systemUTC());
        this.security = new SecurityModel(database, java.time.Clock.systemUTC(), auditLog);
        this.accessPolicy = security.policy();
        this.auditService = new AuditService(database, accessPolicy);
        this.identity =
                new IdentityService(database, accessPolicy, java.time.Clock.systemUTC(), auditLog);
        // Configuration model (spaces, environments, lifecycles, projects, channels, processes).
        var clock = java.time.Clock.systemUTC();
        var references = new References();
        this.spaceService =
                new SpaceService(
                        database, accessPolicy, clock, new JdbcSpaceRepository(), auditLog);
        this.environmentService =
                new EnvironmentService(
                        database,
                        accessPolicy,
                        clock,
                        spaceService,
                        new JdbcEnvironmentRepository(),
                        references,
                        auditLog);
        var lifecycles = new JdbcLifecycleRepository();
        this.lifecycleService =
                new LifecycleService(
                        database,
                        accessPolicy,
                        clock,
                        spaceService,
                        environmentService,
                        lifecycles,
                        references,
                        auditLog);
        this.projectGroupService =
                new ProjectGroupService(
                        database,
                        accessPolicy,
                        clock,
                        spaceService,
                        new JdbcProjectGroupRepository(),
                        references,
                        auditLog);
        this.projectService =
                new ProjectService(
                        database,
                        accessPolicy,
                        clock,
                        spaceService,
                        projectGroupService,
                        lifecycles,
                        new JdbcProjectRepository(),
                        references,
                        auditLog);
        this.tagSetService =
                new TagSetService(
                        database,
                        accessPolicy,
                        clock,
                        spaceService,
                        new JdbcTagSetRepository(),
                        references,
                        auditLog);
        var channels = new JdbcChannelRepository();
        this.processService =
                new ProcessService(
                        database,
                        accessPolicy,
                        clock,
                        spaceService,
                        projectService,
                        environmentService,
                        channels::missingInProject,
                        tagSetService,
                        new JdbcProcessRepository(),
                        references,
                        auditLog);
        this.channelService =
                new ChannelService(
                        database,
                        accessPolicy,
                        clock,
                        spaceService,
                        projectService,
                        lifecycleService,
                        processService,
                        tagSetService,
                        channels,
                        references,
                        auditLog);
        spaceService.addInitializer(projectGroupService.defaultProjectGroupInitializer());
        spaceService.addInitializer(lifecycleService.defaultLifecycleInitializer());
        projectService.addListener(processService.projectListener());
        this.tenantService =
                new TenantService(
                        database,
                        accessPolicy,
                        clock,
                        spaceService,
                        projectService,
                        environmentService,
                        tagSetService,
                        new JdbcTenantRepository(),
                        references,
                        auditLog);
        projectService.addListener(channelService.projectListener());
        projectService.addListener(tenantService.projectListener());
        var cipher = SecretCipher.inDataDir(settings.dataDir());
        this.variableService = new VariableService(database, accessPolicy, cipher, auditLog);
        // The server's SMTP server for e-mail steps (password sealed with the same key).
        this.smtpConfiguration =
                new SmtpConfigurationService(database, accessPolicy, cipher, clock, auditLog);
        // Keys every node shares, such as the web UI's cookie key (sealed with the same key).
        this.serverKeys = new ServerKeys(database, cipher, clock);
        // Every project has its variable set from the start (Go and Terraform read
        // variableset-Projects-N right after creating the project).
        projectService.addListener(
                new io.jenkins.plugins.freight.engine.project.ProjectListener() {
                    @Override
                    public void created(
                            org.jdbi.v3.core.Handle h,
                            io.jenkins.plugins.freight.engine.project.Project project) {
                        variableService.createSet(h, project.spaceId(), project.id());
                    }

                    @Override
                    public void deleting(
                            org.jdbi.v3.core.Handle h,
                            io.jenkins.plugins.freight.engine.project.Project project) {
                        variableService.deleteSet(h, project.id());
                    }
                });
        // Clones copy the source's channels first, so the process and variables copied next can
        // point at the clone's own channels.
        projectService.addCloner(channelService.projectCloner());
        projectService.addCloner(processService.projectCloner());
        projectService.addCloner(
                (h, clone) ->
                        variableService.copyVariables(
                                h, clone.source().id(), clone.copy().id(), clone::translate));
        this.accountService =
                new AccountService(
                        database,
                        accessPolicy,
                        clock,
                        spaceService,
                        environmentService,
                        new JdbcAccountRepository(),
                        cipher,
                        references,
                        auditLog);
        this.machineService =
                new MachineService(
                        database,
                        accessPolicy,
                        clock,
                        spaceService,
                        environmentService,
                        tenantService,
                        tagSetService,
                        accountService,
                        new JdbcMachineRepository(),
                        references,
                        auditLog);
        spaceService.addCleaner(
                (h, space) -> {
                    projectService.deleteAllInSpace(h, space.id());
                    variableService.deleteLibrarySetsInSpace(h, space.id());
                    machineService.deleteAllInSpace(h, space.id());
                    accountService.deleteAllInSpace(h, space.id());
                    tenantService.deleteAllInSpace(h, space.id());
                    tagSetService.deleteAllInSpace(h, space.id());
                    lifecycleService.deleteAllInSpace(h, space.id());
                    projectGroupService.deleteAllInSpace(h, space.id());
                    environmentService.deleteAllInSpace(h, space.id());
                });
        // Worker pools and workers: where steps that run on the server run (cleaners run in
        // reverse order, so workers go before pools and before the accounts they log in with).
        this.workerPoolService =
                new WorkerPoolService(
                        database,
                        accessPolicy,
                        clock,
                        spaceService,
                        new JdbcWorkerPoolRepository(),
                        references,
                        auditLog);
        this.workerService =
                new WorkerService(
                        database,
                        accessPolicy,
                        clock,
                        spaceService,
                        workerPoolService,
                        accountService,
                        new JdbcWorkerRepository(),
                        references,
                        auditLog);
        spaceService.addInitializer(workerPoolService.defaultPoolInitializer());
        processService.addReferenceCheck(workerPoolService.processCheck());
        spaceService.addCleaner(workerPoolService.cleaner());
        spaceService.addCleaner(workerService.cleaner());
        spaceService.addInitializer(security.builtInTeams().initializer());
        spaceService.addCleaner(security.builtInTeams().cleaner());
        spaceService.ensureDefaultSpace();
        security.builtInTeams().ensureAll(database);
        workerPoolService.ensureDefaults();
        // Server tasks: durable queue, executor (started by start()), activity log, interruptions.
        this.taskService =
                new TaskService(
                        database,
                        accessPolicy,
                        security.teams()::isMemberOfAny,
                        TaskSettings.from(settings),
                        java.time.Clock.systemUTC());
        // Built-in package feed: files under dataDir/packages (crashed uploads cleaned here).
        this.feedService =
                FeedService.open(
                        database,
                        FeedService.packagesDir(settings.dataDir()),
                        accessPolicy,
                        new ReleasePackageReferences(),
                        clock,
                        auditLog);
        this.buildInformationService =
                new BuildInformationService(database, accessPolicy, clock, auditLog);
        // Releases and deployments; creating a deployment queues a Deploy task.
        this.releaseService =
                new ReleaseService(
                        database,
                        accessPolicy,
                        clock,
                        projectService,
                        channelService,
                        processService,
                        feedService,
                        buildInformationService,
                        variableService,
                        auditLog);
        this.deploymentService =
                new DeploymentService(
                        database,
                        accessPolicy,
                        clock,
                        releaseService,
                        projectService,
                        channelService,
                        lifecycleService,
                        environmentService,
                        tenantService,
                        machineService,
                        processService,
                        taskService,
                        variableService,
                        cipher);
        var automatic =
                new AutomaticDeployments(
                        database,
                        deploymentService,
                        releaseService,
                        projectService,
                        channelService,
                        tenantService);
        releaseService.addListener(automatic);
        channelService.addListener(releaseService.channelGuard());
        environmentService.addListener(deploymentService.environmentGuard());
        tenantService.addListener(deploymentService.tenantGuard());
        taskService.addCompletionListener(automatic);
        // Deployment events in the audit log (queued in the creating transaction; outcomes).
        var deploymentAudit =
                new io.jenkins.plugins.freight.engine.deployment.DeploymentAudit(
                        database, auditLog, deploymentService);
        deploymentService.addListener(deploymentAudit);
        taskService.addCompletionListener(deploymentAudit);
        taskService.addActivityListener(deploymentAudit);
        // Deployment plans: prepared by leads, executed item by item through deployments.
        this.plans =
                new DeploymentPlans(
                        database,
                        accessPolicy,
                        java.time.Clock.systemUTC(),
                        auditLog,
                        projectService,
                        releaseService,
                        environmentService,
                        deploymentService,
                        taskService);
        // Deployment execution: the Deploy task handler runs the steps on the server and on SSH
        // targets (one SSH client for the node, started on first use, stopped by close()).
        this.sshConnector = new SshConnector();
        // One step per target across every node on this database (leases renewed by start()).
        this.targetLocks =
                new JdbcTargetLocks(
                        database,
                        settings.nodeName(),
                        settings.taskLease(),
                        settings.heartbeatInterval());
        taskService.register(
                new DeployTaskHandler(
                        new DeployServices(
                                database,
                                spaceService,
                                deploymentService,
                                releaseService,
                                projectService,
                                channelService,
                                environmentService,
                                tenantService,
                                processService,
                                variableService,
                                machineService,
                                accountService,
                                feedService,
                                identity,
                                security.teams(),
                                smtpConfiguration),
                        StepRegistry.builtIn(),
                        sshConnector,
                        targetLocks,
                        settings.dataDir(),
                        settings.nodeName(),
                        settings.runOnServer(),
                        workerPoolService,
                        workerService));
        // Health checks: connect to each target and worker, record Healthy or Unavailable.
        taskService.register(
                new HealthTaskHandler(
                        database,
                        machineService,
                        workerService,
                        accountService,
                        sshConnector,
                        clock));
        this.healthChecks =
                new HealthChecks(
                        database,
                        accessPolicy,
                        spaceService,
                        environmentService,
                        machineService,
                        taskService);
        // Read-only views for the REST API: a target's tasks, SSH host keys of would-be targets,
        // the variables a deployment would see.
        this.taskMachines = new TaskMachines(database, accessPolicy);
        this.machineDiscovery =
                new MachineDiscovery(
                        accessPolicy,
                        sshConnector::hostKeyFingerprint,
                        java.time.Duration.ofSeconds(5));
        this.variablePreview =
                new VariablePreview(
                        database,
                        accessPolicy,
                        spaceService,
                        projectService,
                        processService,
                        channelService,
                        environmentService,
                        tenantService,
                        machineService,
                        variableService);
    }

    /**
     * Opens the database (migrating it) and wires the services, without starting background work.
     */
    public static Engine open(EngineSettings settings) {
        try {
            Files.createDirectories(settings.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create data directory " + settings.dataDir(), e);
        }
        Database database = Database.open(settings.database());
        return new Engine(settings, database);
    }

    /** Starts background work (task execution on this node). Idempotent. */
    public synchronized void start() {
        targetLocks.start();
        taskService.start();
        feedService.start(java.time.Duration.ofHours(1));
    }

    public EngineSettings settings() {
        return settings;
    }

    public Database database() {
        return database;
    }

    /** Spaces (the default one exists from the first start). */
    public SpaceService spaces() {
        return spaceService;
    }

    public EnvironmentService environments() {
        return environmentService;
    }

    public LifecycleService lifecycles() {
        return lifecycleService;
    }

    public ProjectGroupService projectGroups() {
        return projectGroupService;
    }

    public ProjectService projects() {
        return projectService;
    }

    /** Deployment processes and their snapshots. */
    public ProcessService processes() {
        return processService;
    }

    public ChannelService channels() {
        return channelService;
    }

    public TagSetService tagSets() {
        return tagSetService;
    }

    public TenantService tenants() {
        return tenantService;
    }

    /** Accounts (target credentials; secrets sealed with the key file in the data directory). */
    public AccountService accounts() {
        return accountService;
    }

    /** Deployment targets. */
    public MachineService machines() {
        return machineService;
    }

    /** Worker pools (a default one per space). */
    public WorkerPoolService workerPools() {
        return workerPoolService;
    }

    /** Workers: SSH machines that run the steps that run on the server. */
    public WorkerService workers() {
        return workerService;
    }

    /** Project and library variables (sensitive values encrypted with the data directory's key). */
    public VariableService variables() {
        return variableService;
    }

    /** Server tasks: queue, executor, activity logs, live following, interruptions. */
    public TaskService tasks() {
        return taskService;
    }

    /** The built-in package feed ({@code feeds-builtin}). */
    public FeedService feed() {
        return feedService;
    }

    /** Build information attached to package versions. */
    public BuildInformationService buildInformation() {
        return buildInformationService;
    }

    /** Releases: creation, package selection, frozen process and variables. */
    public ReleaseService releases() {
        return releaseService;
    }

    /** Health checks of deployment targets and workers ({@code Health} tasks). */
    public HealthChecks healthChecks() {
        return healthChecks;
    }

    /** The tasks that ran on each deployment target. */
    public TaskMachines taskMachines() {
        return taskMachines;
    }

    /** Reads a would-be SSH target's host key (Octopus {@code machines/discover}). */
    public MachineDiscovery machineDiscovery() {
        return machineDiscovery;
    }

    /** The variables a deployment would see in a context (Octopus {@code variables/preview}). */
    public VariablePreview variablePreview() {
        return variablePreview;
    }

    /** Deployments: creation (one Deploy task each), history and progression. */
    public DeploymentService deployments() {
        return deploymentService;
    }

    /** The permission check every service consults before it acts. */
    public AccessPolicy accessPolicy() {
        return accessPolicy;
    }

    /** Users, API keys and authentication. */
    public IdentityService identity() {
        return identity;
    }

    /** Teams, user roles, role assignments and permission reports. */
    public SecurityModel security() {
        return security;
    }

    /** Writing audit events (services call it inside their transactions). */
    public AuditLog auditLog() {
        return auditLog;
    }

    /** Reading the audit log. */
    public AuditService audit() {
        return auditService;
    }

    /** The server's SMTP configuration, which e-mail steps send through. */
    public SmtpConfigurationService smtp() {
        return smtpConfiguration;
    }

    /** Keys shared by every node and kept across restarts (the web UI's cookie key). */
    public ServerKeys serverKeys() {
        return serverKeys;
    }

    /** Deployment plans: editing, validation, execution. */
    public DeploymentPlans plans() {
        return plans;
    }

    /** Declarative configuration of a space through the other services. */
    public io.jenkins.plugins.freight.engine.apply.SpaceApply apply() {
        return new io.jenkins.plugins.freight.engine.apply.SpaceApply(
                new io.jenkins.plugins.freight.engine.apply.ApplyServices(
                        accessPolicy,
                        environmentService,
                        lifecycleService,
                        projectGroupService,
                        projectService,
                        channelService,
                        processService,
                        variableService,
                        machineService,
                        accountService,
                        identity,
                        security));
    }

    /**
     * Stops background work, letting running steps finish or marking them, then closes the
     * database.
     */
    @Override
    public synchronized void close() {
        taskService.stop();
        targetLocks.stop();
        feedService.stop();
        sshConnector.close();
        database.close();
    }
}

package io.jenkins.plugins.freight.engine.security;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Octopus permission list (the names of the Octopus client's {@code Permission} enum), each
 * with its description, the level it applies at and the scopes a role assignment may restrict it
 * by, plus one Freight permission: {@link #DeploymentPlanEdit}.
 *
 * <p>Levels follow Octopus's system and space permission tables; for the newest permissions, whose
 * level Octopus does not document, Freight chose the level shown here.
 */
public enum Permission {
    AdministerSystem(
            "Perform system-level functions like configuring HTTP web hosting, the public URL, server nodes, maintenance mode, and server diagnostics",
            Level.SYSTEM,
            false,
            EnumSet.noneOf(ScopeKind.class)),
    ConfigureServer(
            "Configure server settings like Authentication, SMTP, and HTTP Security Headers",
            Level.SYSTEM,
            false,
            EnumSet.noneOf(ScopeKind.class)),
    SpaceView("View spaces", Level.SYSTEM, false, EnumSet.noneOf(ScopeKind.class)),
    SpaceCreate("Create spaces", Level.SYSTEM, false, EnumSet.noneOf(ScopeKind.class)),
    SpaceEdit("Edit spaces", Level.SYSTEM, false, EnumSet.noneOf(ScopeKind.class)),
    SpaceDelete("Delete spaces", Level.SYSTEM, false, EnumSet.noneOf(ScopeKind.class)),
    UserView("View users", Level.SYSTEM, false, EnumSet.noneOf(ScopeKind.class)),
    UserEdit("Edit users", Level.SYSTEM, false, EnumSet.noneOf(ScopeKind.class)),
    UserInvite(
            "Invite users to register accounts",
            Level.SYSTEM,
            false,
            EnumSet.noneOf(ScopeKind.class)),
    UserRoleView("View other user's roles", Level.SYSTEM, false, EnumSet.noneOf(ScopeKind.class)),
    UserRoleEdit(
            "Edit user role definitions", Level.SYSTEM, false, EnumSet.noneOf(ScopeKind.class)),
    EventRetentionView(
            "View/list archived event files", Level.SYSTEM, false, EnumSet.noneOf(ScopeKind.class)),
    EventRetentionDelete(
            "Delete archived event files", Level.SYSTEM, false, EnumSet.noneOf(ScopeKind.class)),
    TeamView("View teams", Level.BOTH, false, EnumSet.noneOf(ScopeKind.class)),
    TeamCreate("Create teams", Level.BOTH, false, EnumSet.noneOf(ScopeKind.class)),
    TeamEdit("Edit teams", Level.BOTH, false, EnumSet.noneOf(ScopeKind.class)),
    TeamDelete("Delete teams", Level.BOTH, false, EnumSet.noneOf(ScopeKind.class)),
    TaskView(
            "View summary-level information associated with a task",
            Level.BOTH,
            false,
            EnumSet.of(ScopeKind.PROJECTS, ScopeKind.ENVIRONMENTS, ScopeKind.TENANTS)),
    TaskCreate(
            "Explicitly create (run) server tasks",
            Level.BOTH,
            false,
            EnumSet.of(ScopeKind.PROJECTS, ScopeKind.ENVIRONMENTS, ScopeKind.TENANTS)),
    TaskCancel(
            "Cancel server tasks",
            Level.BOTH,
            false,
            EnumSet.of(ScopeKind.PROJECTS, ScopeKind.ENVIRONMENTS, ScopeKind.TENANTS)),
    TaskEdit(
            "Edit server tasks",
            Level.BOTH,
            false,
            EnumSet.of(ScopeKind.PROJECTS, ScopeKind.ENVIRONMENTS, ScopeKind.TENANTS)),
    TaskViewLog(
            "View detailed information about the execution of a task, including the task log output (obsolete: TaskView covers logs)",
            Level.BOTH,
            false,
            EnumSet.of(ScopeKind.PROJECTS, ScopeKind.ENVIRONMENTS, ScopeKind.TENANTS)),
    TaskPrioritize(
            "Create deployments that are prioritized",
            Level.BOTH,
            false,
            EnumSet.noneOf(ScopeKind.class)),
    EventView(
            "View Events, including access to the Audit screen",
            Level.BOTH,
            true,
            EnumSet.of(ScopeKind.PROJECTS, ScopeKind.ENVIRONMENTS, ScopeKind.TENANTS)),
    ProjectView(
            "View the details of projects",
            Level.SPACE,
            false,
            EnumSet.of(ScopeKind.PROJECTS, ScopeKind.TENANTS)),
    ProjectCreate("Create projects", Level.SPACE, false, EnumSet.of(ScopeKind.PROJECT_GROUPS)),
    ProjectEdit(
            "Edit project details",
            Level.SPACE,
            false,
            EnumSet.of(ScopeKind.PROJECTS, ScopeKind.TENANTS)),
    ProjectDelete(
            "Delete projects",
            Level.SPACE,
            false,
            EnumSet.of(ScopeKind.PROJECTS, ScopeKind.TENANTS)),
    ProcessView(
            "View the deployment process and channels associated with a project",
            Level.SPACE,
            false,
            EnumSet.of(ScopeKind.PROJECTS)),
    ProcessEdit(
            "Edit the deployment process and channels associated with a project",
            Level.SPACE,
            false,
            EnumSet.of(ScopeKind.PROJECTS)),
    VariableView(
            "View variables belonging to a project or library variable set",
            Level.SPACE,
            false,
            EnumSet.of(ScopeKind.PROJECTS, ScopeKind.ENVIRONMENTS)),
    VariableEdit(
            "Edit variables belonging to a project",
            Level.SPACE,
            false,
            EnumSet.of(ScopeKind.PROJECTS, ScopeKind.ENVIRONMENTS)),
    VariableViewUnscoped(
            "View non-environment scoped variables belonging to a project or library variable set",
            Level.SPACE,
            false,
            EnumSet.of(ScopeKind.PROJECTS)),
    VariableEditUnscoped(
            "Edit non-environment scoped variables belonging to a project or library variable set",
            Level.SPACE,
            false,
            EnumSet.of(ScopeKind.PROJECTS)),
    ReleaseView(
            "View a release of a project",
            Level.SPACE,
            false,
            EnumSet.of(ScopeKind.PROJECTS, ScopeKind.TENANTS)),
    ReleaseCreate(
            "Create a release for a project",
            Level.SPACE,
            false,
            EnumSet.of(ScopeKind.PROJECTS, ScopeKind.TENANTS)),
    ReleaseEdit(
            "Edit a release of a project",
            Level.SPACE,
            false,
            EnumSet.of(ScopeKind.PROJECTS, ScopeKind.TENANTS)),
    ReleaseDelete(
            "Delete a release of a project",
            Level.SPACE,
            false,
            EnumSet.of(ScopeKind.PROJECTS, ScopeKind.TENANTS)),
    DefectReport(
            "Block a release from progressing to the next lifecycle phase",
            Level.SPACE,
            false,
            EnumSet.of(ScopeKind.PROJECTS)),
    DefectResolve(
            "Unblock a release so it can progress to the next phase",
            Level.SPACE,
            false,
            EnumSet.of(ScopeKind.PROJECTS)),
    DeploymentView(
            "View deployments",
            Level.SPACE,
            true,
            EnumSet.of(ScopeKind.PROJECTS, ScopeKind.ENVIRONMENTS, ScopeKind.TENANTS)),
    DeploymentCreate(
            "Deploy releases to target environments",
            Level.SPACE,
            true,
            EnumSet.of(ScopeKind.PROJECTS, ScopeKind.ENVIRONMENTS, ScopeKind.TENANTS)),
    DeploymentDelete(
            "Delete deployments",
            Level.SPACE,
            true,
            EnumSet.of(ScopeKind.PROJECTS, ScopeKind.ENVIRONMENTS, ScopeKind.TENANTS)),
    EnvironmentView("View environments", Level.SPACE, false, EnumSet.of(ScopeKind.ENVIRONMENTS)),
    EnvironmentCreate(
            "Create environments", Level.SPACE, false, EnumSet.of(ScopeKind.ENVIRONMENTS)),
    EnvironmentEdit("Edit environments", Level.SPACE, false, EnumSet.of(ScopeKind.ENVIRONMENTS)),
    EnvironmentDelete(
            "Delete environments", Level.SPACE, false, EnumSet.of(ScopeKind.ENVIRONMENTS)),
    MachineView(
            "View machines",
            Level.SPACE,
            false,
            EnumSet.of(ScopeKind.ENVIRONMENTS, ScopeKind.TENANTS)),
    MachineCreate(
            "Create machines",
            Level.SPACE,
            false,
            EnumSet.of(ScopeKind.ENVIRONMENTS, ScopeKind.TENANTS)),
    MachineEdit(
            "Edit machines",
            Level.SPACE,
            false,
            EnumSet.of(ScopeKind.ENVIRONMENTS, ScopeKind.TENANTS)),
    MachineDelete(
            "Delete machines",
            Level.SPACE,
            false,
            EnumSet.of(ScopeKind.ENVIRONMENTS, ScopeKind.TENANTS)),
    ArtifactView(
            "View the artifacts created manually and during deployment",
            Level.SPACE,
            true,
            EnumSet.of(ScopeKind.PROJECTS, ScopeKind.ENVIRONMENTS, ScopeKind.TENANTS)),
    ArtifactCreate(
            "Manually create artifacts",
            Level.SPACE,
            true,
            EnumSet.of(ScopeKind.PROJECTS, ScopeKind.ENVIRONMENTS, ScopeKind.TENANTS)),
    ArtifactEdit(
            "Edit the details describing artifacts",
            Level.SPACE,
            true,
            EnumSet.of(ScopeKind.PROJECTS, ScopeKind.ENVIRONMENTS, ScopeKind.TENANTS)),
    ArtifactDelete(
            "Delete artifacts",
            Level.SPACE,
            true,
            EnumSet.of(ScopeKind.PROJECTS, ScopeKind.ENVIRONMENTS, ScopeKind.TENANTS)),
    InterruptionView(
            "View interruptions generated during deployments",
            Level.SPACE,
            true,
            EnumSet.of(ScopeKind.PROJECTS, ScopeKind.ENVIRONMENTS, ScopeKind.TENANTS)),
    InterruptionSubmit(
            "Take responsibility for and submit interruptions generated during deployments",
            Level.SPACE,
            true,
            EnumSet.of(ScopeKind.PROJECTS, ScopeKind.ENVIRONMENTS, ScopeKind.TENANTS)),
    InterruptionViewSubmitResponsible(
            "Take responsibility for and submit interruptions generated during deployments when the user is in a designated responsible team",
            Level.SPACE,
            true,
            EnumSet.of(ScopeKind.PROJECTS, ScopeKind.ENVIRONMENTS, ScopeKind.TENANTS)),
    BuiltInFeedPush(
            "Push new packages to the built-in package repository",
            Level.SPACE,
            false,
            EnumSet.of(ScopeKind.PROJECTS)),
    BuiltInFeedAdminister(
            "Replace or delete packages in the built-in package repository",
            Level.SPACE,
            false,
            EnumSet.of(ScopeKind.PROJECTS)),
    BuiltInFeedDownload(
            "Retrieve the contents of packages in the built-in package repository",
            Level.SPACE,
            false,
            EnumSet.of(ScopeKind.PROJECTS)),
    FeedView(
            "View package feeds and the packages in them",
            Level.SPACE,
            false,
            EnumSet.noneOf(ScopeKind.class)),
    FeedEdit("Edit feeds", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    BuildInformationPush(
            "Create/update build information", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    BuildInformationAdminister(
            "Replace or delete build information",
            Level.SPACE,
            false,
            EnumSet.noneOf(ScopeKind.class)),
    LibraryVariableSetView(
            "View library variable sets", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    LibraryVariableSetCreate(
            "Create library variable sets", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    LibraryVariableSetEdit(
            "Edit library variable sets", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    LibraryVariableSetDelete(
            "Delete library variable sets", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    ProjectGroupView(
            "View project groups", Level.SPACE, false, EnumSet.of(ScopeKind.PROJECT_GROUPS)),
    ProjectGroupCreate(
            "Create project groups", Level.SPACE, false, EnumSet.of(ScopeKind.PROJECT_GROUPS)),
    ProjectGroupEdit(
            "Edit project groups", Level.SPACE, false, EnumSet.of(ScopeKind.PROJECT_GROUPS)),
    ProjectGroupDelete(
            "Delete project groups", Level.SPACE, false, EnumSet.of(ScopeKind.PROJECT_GROUPS)),
    LifecycleView("View lifecycles", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    LifecycleCreate("Create lifecycles", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    LifecycleEdit("Edit lifecycles", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    LifecycleDelete("Delete lifecycles", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    ActionTemplateView("View step templates", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    ActionTemplateCreate(
            "Create step templates", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    ActionTemplateEdit("Edit step templates", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    ActionTemplateDelete(
            "Delete step templates", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    AccountView("View accounts", Level.SPACE, false, EnumSet.of(ScopeKind.ENVIRONMENTS)),
    AccountCreate("Create accounts", Level.SPACE, false, EnumSet.of(ScopeKind.ENVIRONMENTS)),
    AccountEdit("Edit accounts", Level.SPACE, false, EnumSet.of(ScopeKind.ENVIRONMENTS)),
    AccountDelete("Delete accounts", Level.SPACE, false, EnumSet.of(ScopeKind.ENVIRONMENTS)),
    TenantView("View tenants", Level.SPACE, false, EnumSet.of(ScopeKind.TENANTS)),
    TenantCreate("Create tenants", Level.SPACE, false, EnumSet.of(ScopeKind.TENANTS)),
    TenantEdit("Edit tenants", Level.SPACE, false, EnumSet.of(ScopeKind.TENANTS)),
    TenantDelete("Delete tenants", Level.SPACE, false, EnumSet.of(ScopeKind.TENANTS)),
    TagSetCreate("Create tag sets", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    TagSetEdit("Edit tag sets", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    TagSetDelete("Delete tag sets", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    MachinePolicyView(
            "View health check policies", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    MachinePolicyCreate(
            "Create health check policies", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    MachinePolicyEdit(
            "Edit health check policies", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    MachinePolicyDelete(
            "Delete health check policies", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    ProxyView("View proxies", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    ProxyCreate("Create proxies", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    ProxyEdit("Edit proxies", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    ProxyDelete("Delete proxies", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    SubscriptionView("View subscriptions", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    SubscriptionCreate("Create subscriptions", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    SubscriptionEdit("Edit subscriptions", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    SubscriptionDelete("Delete subscriptions", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    TriggerView("View triggers", Level.SPACE, false, EnumSet.of(ScopeKind.PROJECTS)),
    TriggerCreate("Create triggers", Level.SPACE, false, EnumSet.of(ScopeKind.PROJECTS)),
    TriggerEdit("Edit triggers", Level.SPACE, false, EnumSet.of(ScopeKind.PROJECTS)),
    TriggerDelete("Delete triggers", Level.SPACE, false, EnumSet.of(ScopeKind.PROJECTS)),
    CertificateView(
            "View certificates",
            Level.SPACE,
            false,
            EnumSet.of(ScopeKind.ENVIRONMENTS, ScopeKind.TENANTS)),
    CertificateCreate("Create certificates", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    CertificateEdit(
            "Edit certificates",
            Level.SPACE,
            false,
            EnumSet.of(ScopeKind.ENVIRONMENTS, ScopeKind.TENANTS)),
    CertificateDelete(
            "Delete certificates",
            Level.SPACE,
            false,
            EnumSet.of(ScopeKind.ENVIRONMENTS, ScopeKind.TENANTS)),
    CertificateExportPrivateKey(
            "Export certificate private-keys",
            Level.SPACE,
            false,
            EnumSet.of(ScopeKind.ENVIRONMENTS, ScopeKind.TENANTS)),
    WorkerView(
            "View the workers in worker pools",
            Level.SPACE,
            false,
            EnumSet.noneOf(ScopeKind.class)),
    WorkerEdit(
            "Edit workers and worker pools", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    RunbookView("View runbooks", Level.SPACE, false, EnumSet.of(ScopeKind.PROJECTS)),
    RunbookEdit("Edit runbooks", Level.SPACE, false, EnumSet.of(ScopeKind.PROJECTS)),
    RunbookSnapshotCreate(
            "Create runbook snapshots", Level.SPACE, false, EnumSet.of(ScopeKind.PROJECTS)),
    RunbookRunView(
            "View runbook runs",
            Level.SPACE,
            true,
            EnumSet.of(ScopeKind.PROJECTS, ScopeKind.ENVIRONMENTS, ScopeKind.TENANTS)),
    RunbookRunCreate(
            "Create runbook runs",
            Level.SPACE,
            true,
            EnumSet.of(ScopeKind.PROJECTS, ScopeKind.ENVIRONMENTS, ScopeKind.TENANTS)),
    RunbookRunDelete(
            "Delete runbook runs",
            Level.SPACE,
            true,
            EnumSet.of(ScopeKind.PROJECTS, ScopeKind.ENVIRONMENTS, ScopeKind.TENANTS)),
    GitCredentialView("View Git credentials", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    GitCredentialEdit("Edit Git credentials", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    InsightsReportView(
            "View Insights reports", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    InsightsReportCreate(
            "Create Insights reports", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    InsightsReportEdit(
            "Edit Insights reports", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    InsightsReportDelete(
            "Delete Insights reports", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    TelemetryView("View telemetry data", Level.SYSTEM, false, EnumSet.noneOf(ScopeKind.class)),
    DeploymentFreezeAdminister(
            "Create, update, delete and override deployment freezes",
            Level.SPACE,
            false,
            EnumSet.noneOf(ScopeKind.class)),
    TargetTagView(
            "View deployment target tags", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    TargetTagAdminister(
            "Create, edit, delete deployment target tags",
            Level.SPACE,
            false,
            EnumSet.noneOf(ScopeKind.class)),
    PlatformHubView(
            "View resources in the Platform Hub",
            Level.SYSTEM,
            false,
            EnumSet.noneOf(ScopeKind.class)),
    PlatformHubEdit(
            "Create, edit, delete resources in the Platform Hub",
            Level.SYSTEM,
            false,
            EnumSet.noneOf(ScopeKind.class)),
    RetentionAdminister(
            "Administer retention policies", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    FeatureToggleEdit(
            "Create, edit, and delete feature toggles",
            Level.SPACE,
            false,
            EnumSet.noneOf(ScopeKind.class)),
    ApprovalPolicyAdminister(
            "Create, edit, delete Approval Policies",
            Level.SPACE,
            false,
            EnumSet.noneOf(ScopeKind.class)),
    SshKnownHostsView("View SSH Known Hosts", Level.SPACE, false, EnumSet.noneOf(ScopeKind.class)),
    SshKnownHostsAdminister(
            "Create, edit, delete SSH Known Hosts",
            Level.SPACE,
            false,
            EnumSet.noneOf(ScopeKind.class)),
    AiAgentTranscriptView(
            "View AI agent transcripts",
            Level.SPACE,
            true,
            EnumSet.of(ScopeKind.PROJECTS, ScopeKind.ENVIRONMENTS, ScopeKind.TENANTS)),
    DeployedResourceAdminister(
            "Administer deployed resources managed by Octopus",
            Level.SPACE,
            true,
            EnumSet.of(ScopeKind.PROJECTS, ScopeKind.ENVIRONMENTS, ScopeKind.TENANTS)),
    DeploymentPlanEdit(
            "Freight: create, edit, validate and delete deployment plans (executing one needs DeploymentCreate for every item)",
            Level.SPACE,
            false,
            EnumSet.of(ScopeKind.PROJECTS, ScopeKind.ENVIRONMENTS));

    /** Where a permission can be granted. */
    public enum Level {
        /** Only at system level (scoped user roles with no space). */
        SYSTEM,
        /** Only within a space. */
        SPACE,
        /** At system level and within a space. */
        BOTH;

        public boolean atSystem() {
            return this != SPACE;
        }

        public boolean inSpace() {
            return this != SYSTEM;
        }
    }

    private static final Map<String, Permission> BY_NAME =
            Arrays.stream(values())
                    .collect(Collectors.toUnmodifiableMap(Enum::name, Function.identity()));

    private final String description;
    private final Level level;
    private final boolean explicitTenantScopeRequired;
    private final Set<ScopeKind> supportedRestrictions;

    Permission(
            String description,
            Level level,
            boolean explicitTenantScopeRequired,
            EnumSet<ScopeKind> supportedRestrictions) {
        this.description = description;
        this.level = level;
        this.explicitTenantScopeRequired = explicitTenantScopeRequired;
        this.supportedRestrictions = Collections.unmodifiableSet(supportedRestrictions);
    }

    /** The permission with this exact name (Octopus names are PascalCase). */
    public static Optional<Permission> named(String name) {
        return Optional.ofNullable(name == null ? null : BY_NAME.get(name));
    }

    public String description() {
        return description;
    }

    public Level level() {
        return level;
    }

    /** Octopus's {@code ExplicitTenantScopeRequired} marker, reported as is. */
    public boolean explicitTenantScopeRequired() {
        return explicitTenantScopeRequired;
    }

    /** The scopes a role assignment may restrict this permission by; empty when none. */
    public Set<ScopeKind> supportedRestrictions() {
        return supportedRestrictions;
    }

    public boolean supports(ScopeKind kind) {
        return supportedRestrictions.contains(kind);
    }

    /** Whether this is one of Freight's own permissions rather than an Octopus one. */
    public boolean isFreightExtension() {
        return this == DeploymentPlanEdit;
    }
}

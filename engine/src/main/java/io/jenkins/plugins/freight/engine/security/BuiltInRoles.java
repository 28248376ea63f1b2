package io.jenkins.plugins.freight.engine.security;

import static io.jenkins.plugins.freight.engine.security.Permission.*;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in user roles with exactly Octopus's documented permission sets, plus Freight's
 * Deployment Plan Editor. They are defined here, not stored, and cannot be changed or deleted.
 */
public final class BuiltInRoles {

    public static final String SYSTEM_ADMINISTRATOR = "userroles-systemadministrator";
    public static final String SPACE_MANAGER = "userroles-spacemanager";
    public static final String DEPLOYMENT_PLAN_EDITOR = "userroles-deploymentplaneditor";

    /** What Project Viewer and the roles built on it may see in a space. */
    private static final Set<Permission> VIEWER =
            Set.of(
                    ReleaseView,
                    ProjectView,
                    DeploymentView,
                    ProcessView,
                    EnvironmentView,
                    ArtifactView,
                    EventView,
                    ProjectGroupView,
                    LibraryVariableSetView,
                    TeamView,
                    TaskView,
                    InterruptionView,
                    LifecycleView,
                    MachinePolicyView,
                    TenantView,
                    TriggerView,
                    CertificateView,
                    RunbookView,
                    RunbookRunView);

    private static final Set<Permission> CONTRIBUTOR =
            union(
                    VIEWER,
                    ArtifactCreate,
                    ActionTemplateView,
                    ActionTemplateCreate,
                    ActionTemplateEdit,
                    ActionTemplateDelete,
                    ProcessEdit,
                    ProjectEdit,
                    FeedView,
                    LibraryVariableSetCreate,
                    LibraryVariableSetEdit,
                    LibraryVariableSetDelete,
                    TaskCreate,
                    InterruptionViewSubmitResponsible,
                    MachineView,
                    DefectReport,
                    DefectResolve,
                    VariableView,
                    VariableEdit,
                    TriggerCreate,
                    TriggerEdit,
                    TriggerDelete,
                    RunbookEdit);

    /** The system part of the project roles and Space Manager. */
    private static final Set<Permission> TEAM_USER_ROLE_VIEW =
            Set.of(TeamView, UserView, UserRoleView);

    private static final Set<Permission> RUNBOOK_CONSUMER =
            union(
                    minus(VIEWER, ReleaseView, DeploymentView, ProcessView, LifecycleView),
                    FeedView,
                    MachineView,
                    RunbookRunCreate);

    private static final Set<Permission> SYSTEM_MANAGER =
            Set.of(
                    ConfigureServer,
                    EventView,
                    TeamCreate,
                    TeamView,
                    TeamEdit,
                    TeamDelete,
                    TaskView,
                    TaskCreate,
                    TaskCancel,
                    TaskEdit,
                    SpaceView,
                    SpaceEdit,
                    SpaceCreate,
                    SpaceDelete,
                    UserView,
                    UserInvite,
                    UserRoleView,
                    UserRoleEdit,
                    UserEdit);

    private static final Map<String, UserRole> ROLES = new LinkedHashMap<>();

    static {
        add(
                "Build Server",
                "Build servers can publish packages, and create releases, deployments, runbook"
                        + " snapshots and runbook runs.",
                Set.of(
                        BuiltInFeedPush,
                        BuiltInFeedAdminister,
                        BuiltInFeedDownload,
                        BuildInformationPush,
                        BuildInformationAdminister,
                        DeploymentCreate,
                        DeploymentView,
                        EnvironmentView,
                        FeedView,
                        LibraryVariableSetView,
                        LifecycleView,
                        ProcessView,
                        ProjectView,
                        ReleaseCreate,
                        ReleaseView,
                        TaskView,
                        TenantView,
                        RunbookView,
                        RunbookEdit,
                        RunbookRunView,
                        RunbookRunCreate),
                Set.of());
        add(
                "Certificate Manager",
                "Certificate managers can edit certificates and export private-keys",
                Set.of(
                        CertificateView,
                        CertificateCreate,
                        CertificateEdit,
                        CertificateDelete,
                        CertificateExportPrivateKey,
                        EnvironmentView,
                        TenantView),
                Set.of());
        add(
                "Deployment Creator",
                "Deployment creators can create new deployments and runbook runs.",
                Set.of(
                        DeploymentCreate,
                        DeploymentView,
                        EnvironmentView,
                        LifecycleView,
                        ProcessView,
                        ProjectView,
                        ReleaseView,
                        TaskView,
                        TenantView,
                        LibraryVariableSetView,
                        RunbookView,
                        RunbookRunView,
                        RunbookRunCreate),
                Set.of());
        Set<Permission> environmentViewer =
                Set.of(
                        EnvironmentView,
                        MachineView,
                        TaskView,
                        TeamView,
                        AccountView,
                        MachinePolicyView,
                        CertificateView,
                        ProxyView,
                        WorkerView);
        add(
                "Environment Manager",
                "Environment managers can view and edit environments and their machines.",
                union(
                        environmentViewer,
                        EnvironmentCreate,
                        EnvironmentEdit,
                        EnvironmentDelete,
                        MachineCreate,
                        MachineEdit,
                        MachineDelete,
                        TaskCreate,
                        TaskCancel,
                        AccountCreate,
                        AccountEdit,
                        AccountDelete,
                        ProxyCreate,
                        ProxyEdit,
                        ProxyDelete,
                        MachinePolicyCreate,
                        MachinePolicyEdit,
                        MachinePolicyDelete,
                        WorkerEdit),
                Set.of(TeamView));
        add(
                "Environment Viewer",
                "Environment viewers can view environments and their machines, but not edit them.",
                environmentViewer,
                Set.of(TeamView));
        add(
                "Package Publisher",
                "Permits packages to be pushed to the Octopus Server's built-in NuGet feed.",
                Set.of(
                        BuiltInFeedPush,
                        BuiltInFeedAdminister,
                        BuiltInFeedDownload,
                        FeedView,
                        BuildInformationPush,
                        BuildInformationAdminister),
                Set.of());
        add(
                "Project Contributor",
                "All project viewer permissions, plus: editing and viewing variables, editing the"
                        + " deployment steps. Project contributors can't create or deploy releases.",
                CONTRIBUTOR,
                TEAM_USER_ROLE_VIEW);
        add(
                "Project Deployer",
                "All project contributor permissions, plus: deploying releases, but not creating"
                        + " them.",
                union(
                        CONTRIBUTOR,
                        DeploymentCreate,
                        InterruptionSubmit,
                        TaskCancel,
                        RunbookRunCreate),
                TEAM_USER_ROLE_VIEW);
        add(
                "Project Initiator",
                "All project viewer permissions, plus: create new projects.",
                union(
                        VIEWER,
                        ProjectCreate,
                        ProjectEdit,
                        ProjectDelete,
                        DefectReport,
                        DefectResolve),
                TEAM_USER_ROLE_VIEW);
        add(
                "Project Lead",
                "All project contributor permissions, plus: creating releases, but not deploying"
                        + " them.",
                union(
                        CONTRIBUTOR,
                        ReleaseCreate,
                        ReleaseEdit,
                        ReleaseDelete,
                        ArtifactEdit,
                        ArtifactDelete),
                TEAM_USER_ROLE_VIEW);
        add(
                "Project Viewer",
                "Project viewers have read-only access to a project. They can see a project in"
                        + " their dashboard, view releases and deployments. Restrict this role by"
                        + " project to limit it to a subset of projects, and restrict it by"
                        + " environment to limit which environments they can view deployments to.",
                VIEWER,
                TEAM_USER_ROLE_VIEW);
        add(
                "Release Creator",
                "Release creators can create new releases and runbook snapshots.",
                Set.of(
                        EnvironmentView,
                        FeedView,
                        ProcessView,
                        ProjectView,
                        ReleaseCreate,
                        ReleaseView,
                        RunbookView,
                        RunbookEdit),
                Set.of());
        add(
                "Runbook Consumer",
                "Runbook consumers can view and execute runbooks.",
                RUNBOOK_CONSUMER,
                Set.of());
        add(
                "Runbook Producer",
                "Runbook producers can edit and execute runbooks.",
                union(
                        RUNBOOK_CONSUMER,
                        ProjectCreate,
                        ProjectEdit,
                        ProjectDelete,
                        LifecycleView,
                        ActionTemplateView,
                        ActionTemplateCreate,
                        ActionTemplateEdit,
                        ActionTemplateDelete,
                        LibraryVariableSetCreate,
                        LibraryVariableSetEdit,
                        LibraryVariableSetDelete,
                        TaskCreate,
                        TaskCancel,
                        InterruptionSubmit,
                        InterruptionViewSubmitResponsible,
                        VariableView,
                        VariableEdit,
                        TriggerCreate,
                        TriggerEdit,
                        TriggerDelete,
                        RunbookEdit,
                        RunbookRunDelete,
                        ArtifactCreate,
                        ArtifactEdit,
                        ArtifactDelete),
                Set.of());
        add(
                "Space Manager",
                "Space managers can do everything within the context of the space they own.",
                SpaceManagerPermissions.SPACE,
                TEAM_USER_ROLE_VIEW);
        add(
                "System Administrator",
                "System administrators can do everything at the system level.",
                Set.of(),
                union(SYSTEM_MANAGER, AdministerSystem));
        add(
                "System Manager",
                "System managers can do everything at the system level except certain"
                        + " system-level functions reserved for system administrators.",
                Set.of(),
                SYSTEM_MANAGER);
        add(
                "Tenant Manager",
                "Tenant managers can edit tenants and their tags",
                Set.of(TenantCreate, TenantEdit, TenantDelete, TenantView),
                Set.of());
        ROLES.put(
                DEPLOYMENT_PLAN_EDITOR,
                new UserRole(
                        DEPLOYMENT_PLAN_EDITOR,
                        "Deployment Plan Editor",
                        "Freight: team leads who prepare deployment plans without deploying them"
                                + " (create, edit, validate plans; view projects, releases and"
                                + " deployments).",
                        union(
                                Set.of(DeploymentPlanEdit, TeamView),
                                ProjectView,
                                ReleaseView,
                                DeploymentView,
                                EnvironmentView,
                                LifecycleView,
                                ProcessView,
                                ProjectGroupView,
                                TaskView,
                                TenantView),
                        Set.of(),
                        true));
    }

    private BuiltInRoles() {}

    /** Every built-in role, Octopus's in alphabetical order, then Freight's. */
    public static List<UserRole> all() {
        return List.copyOf(ROLES.values());
    }

    public static Optional<UserRole> byId(String id) {
        return Optional.ofNullable(ROLES.get(id));
    }

    /** {@code userroles-} and the name in lower case without spaces, as Octopus names them. */
    public static String idFor(String name) {
        return "userroles-" + name.toLowerCase(java.util.Locale.ROOT).replace(" ", "");
    }

    private static void add(
            String name, String description, Set<Permission> space, Set<Permission> system) {
        String id = idFor(name);
        ROLES.put(id, new UserRole(id, name, description, space, system, true));
    }

    private static Set<Permission> union(Set<Permission> base, Permission... more) {
        EnumSet<Permission> all = EnumSet.copyOf(base);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }

    private static Set<Permission> minus(Set<Permission> base, Permission... less) {
        EnumSet<Permission> all = EnumSet.copyOf(base);
        List.of(less).forEach(all::remove);
        return Set.copyOf(all);
    }
}

package io.jenkins.plugins.freight.engine.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins every built-in role to the permission set Octopus documents: the tables below are
 * transcribed from the left columns of the per-role tables of the user-roles page (seed 003).
 */
class BuiltInRolesTest {

    /** Role name, its system permissions, its space permissions (names separated by spaces). */
    record Row(String role, Set<String> system, Set<String> space) {}

    static Row row(String role, String system, String space) {
        return new Row(role, names(system), names(space));
    }

    static List<Row> documented() {
        return List.of(
                row(
                        "Build Server",
                        "",
                        "BuiltInFeedAdminister BuiltInFeedDownload BuiltInFeedPush "
                                + "DeploymentCreate DeploymentView EnvironmentView FeedView "
                                + "LibraryVariableSetView LifecycleView BuildInformationPush "
                                + "BuildInformationAdminister ProcessView ProjectView "
                                + "ReleaseCreate ReleaseView TaskView TenantView RunbookView "
                                + "RunbookEdit RunbookRunView RunbookRunCreate "),
                row(
                        "Certificate Manager",
                        "",
                        "CertificateView CertificateCreate CertificateEdit "
                                + "CertificateDelete CertificateExportPrivateKey "
                                + "EnvironmentView TenantView "),
                row(
                        "Deployment Creator",
                        "",
                        "DeploymentCreate DeploymentView EnvironmentView "
                                + "LifecycleView ProcessView ProjectView ReleaseView TaskView "
                                + "TenantView LibraryVariableSetView RunbookView "
                                + "RunbookRunView RunbookRunCreate "),
                row(
                        "Environment Manager",
                        "TeamView",
                        "EnvironmentCreate EnvironmentEdit EnvironmentDelete "
                                + "MachineCreate MachineEdit MachineDelete TaskCreate "
                                + "TaskCancel AccountCreate AccountEdit AccountDelete "
                                + "ProxyCreate ProxyEdit ProxyDelete MachinePolicyCreate "
                                + "MachinePolicyEdit MachinePolicyDelete WorkerEdit "
                                + "EnvironmentView MachineView TaskView TeamView AccountView "
                                + "MachinePolicyView CertificateView ProxyView WorkerView "),
                row(
                        "Environment Viewer",
                        "TeamView",
                        "EnvironmentView MachineView TaskView TeamView AccountView "
                                + "MachinePolicyView CertificateView ProxyView WorkerView "),
                row(
                        "Package Publisher",
                        "",
                        "BuiltInFeedAdminister BuiltInFeedDownload BuiltInFeedPush "
                                + "FeedView BuildInformationPush BuildInformationAdminister "),
                row(
                        "Project Contributor",
                        "TeamView UserView UserRoleView",
                        "ArtifactCreate ActionTemplateView ActionTemplateCreate "
                                + "ActionTemplateEdit ActionTemplateDelete ProcessEdit "
                                + "ProjectEdit FeedView LibraryVariableSetCreate "
                                + "LibraryVariableSetEdit LibraryVariableSetDelete TaskCreate "
                                + "InterruptionViewSubmitResponsible MachineView DefectReport "
                                + "DefectResolve VariableView VariableEdit TriggerCreate "
                                + "TriggerDelete TriggerEdit RunbookView RunbookEdit "
                                + "ReleaseView ProjectView DeploymentView ProcessView "
                                + "EnvironmentView ArtifactView EventView ProjectGroupView "
                                + "LibraryVariableSetView TeamView TaskView InterruptionView "
                                + "LifecycleView MachinePolicyView TenantView TriggerView "
                                + "CertificateView RunbookRunView "),
                row(
                        "Project Deployer",
                        "TeamView UserView UserRoleView",
                        "DeploymentCreate InterruptionSubmit TaskCancel "
                                + "RunbookRunCreate ArtifactCreate ActionTemplateView "
                                + "ActionTemplateCreate ActionTemplateEdit "
                                + "ActionTemplateDelete ProcessEdit ProjectEdit FeedView "
                                + "LibraryVariableSetCreate LibraryVariableSetEdit "
                                + "LibraryVariableSetDelete TaskCreate "
                                + "InterruptionViewSubmitResponsible MachineView DefectReport "
                                + "DefectResolve VariableView VariableEdit TriggerCreate "
                                + "TriggerDelete TriggerEdit RunbookView RunbookEdit "
                                + "ReleaseView ProjectView DeploymentView ProcessView "
                                + "EnvironmentView ArtifactView EventView ProjectGroupView "
                                + "LibraryVariableSetView TeamView TaskView InterruptionView "
                                + "LifecycleView MachinePolicyView TenantView TriggerView "
                                + "CertificateView RunbookRunView "),
                row(
                        "Project Initiator",
                        "TeamView UserView UserRoleView",
                        "ProjectCreate ProjectEdit ProjectDelete DefectReport "
                                + "DefectResolve ReleaseView ProjectView DeploymentView "
                                + "ProcessView EnvironmentView ArtifactView EventView "
                                + "ProjectGroupView LibraryVariableSetView TeamView TaskView "
                                + "InterruptionView LifecycleView MachinePolicyView TenantView "
                                + "TriggerView CertificateView RunbookView RunbookRunView "),
                row(
                        "Project Lead",
                        "TeamView UserView UserRoleView",
                        "ReleaseCreate ReleaseEdit ReleaseDelete ArtifactEdit "
                                + "ArtifactDelete ArtifactCreate ActionTemplateView "
                                + "ActionTemplateCreate ActionTemplateEdit "
                                + "ActionTemplateDelete ProcessEdit ProjectEdit FeedView "
                                + "LibraryVariableSetCreate LibraryVariableSetEdit "
                                + "LibraryVariableSetDelete TaskCreate "
                                + "InterruptionViewSubmitResponsible MachineView DefectReport "
                                + "DefectResolve VariableView VariableEdit TriggerCreate "
                                + "TriggerDelete TriggerEdit RunbookView RunbookEdit "
                                + "ReleaseView ProjectView DeploymentView ProcessView "
                                + "EnvironmentView ArtifactView EventView ProjectGroupView "
                                + "LibraryVariableSetView TeamView TaskView InterruptionView "
                                + "LifecycleView MachinePolicyView TenantView TriggerView "
                                + "CertificateView RunbookRunView "),
                row(
                        "Project Viewer",
                        "TeamView UserView UserRoleView",
                        "ReleaseView ProjectView DeploymentView ProcessView "
                                + "EnvironmentView ArtifactView EventView ProjectGroupView "
                                + "LibraryVariableSetView TeamView TaskView InterruptionView "
                                + "LifecycleView MachinePolicyView TenantView TriggerView "
                                + "CertificateView RunbookView RunbookRunView "),
                row(
                        "Release Creator",
                        "",
                        "EnvironmentView FeedView ProcessView ProjectView "
                                + "ReleaseCreate ReleaseView RunbookView RunbookEdit "),
                row(
                        "Runbook Consumer",
                        "",
                        "ProjectView EnvironmentView ArtifactView EventView "
                                + "ProjectGroupView LibraryVariableSetView TeamView FeedView "
                                + "TaskView InterruptionView MachinePolicyView TenantView "
                                + "TriggerView CertificateView MachineView RunbookView "
                                + "RunbookRunView RunbookRunCreate "),
                row(
                        "Runbook Producer",
                        "",
                        "ProjectCreate ProjectEdit ProjectDelete LifecycleView "
                                + "ActionTemplateView ActionTemplateCreate ActionTemplateEdit "
                                + "ActionTemplateDelete LibraryVariableSetCreate "
                                + "LibraryVariableSetEdit LibraryVariableSetDelete TaskCreate "
                                + "TaskCancel InterruptionViewSubmitResponsible VariableView "
                                + "VariableEdit TriggerCreate TriggerDelete TriggerEdit "
                                + "RunbookEdit RunbookRunDelete ArtifactCreate ArtifactEdit "
                                + "ArtifactDelete InterruptionSubmit ProjectView "
                                + "EnvironmentView ArtifactView EventView ProjectGroupView "
                                + "LibraryVariableSetView TeamView FeedView TaskView "
                                + "InterruptionView MachinePolicyView TenantView TriggerView "
                                + "CertificateView MachineView RunbookView RunbookRunView "
                                + "RunbookRunCreate "),
                row(
                        "Space Manager",
                        "TeamView UserView UserRoleView",
                        "ProjectEdit ProjectView ProjectCreate ProjectDelete "
                                + "ProcessView ProcessEdit VariableEdit VariableEditUnscoped "
                                + "VariableView VariableViewUnscoped ReleaseCreate ReleaseView "
                                + "ReleaseEdit ReleaseDelete DefectReport DefectResolve "
                                + "DeploymentCreate DeploymentDelete DeploymentView "
                                + "EnvironmentView EnvironmentCreate EnvironmentEdit "
                                + "EnvironmentDelete MachineCreate MachineEdit MachineView "
                                + "MachineDelete ArtifactView ArtifactCreate ArtifactEdit "
                                + "ArtifactDelete FeedView EventView LibraryVariableSetView "
                                + "LibraryVariableSetCreate LibraryVariableSetEdit "
                                + "LibraryVariableSetDelete ProjectGroupView "
                                + "ProjectGroupCreate ProjectGroupEdit ProjectGroupDelete "
                                + "TeamCreate TeamView TeamEdit TeamDelete TaskView TaskCreate "
                                + "TaskCancel TaskEdit InterruptionView InterruptionSubmit "
                                + "InterruptionViewSubmitResponsible BuiltInFeedPush "
                                + "BuiltInFeedAdminister BuiltInFeedDownload "
                                + "ActionTemplateView ActionTemplateCreate ActionTemplateEdit "
                                + "ActionTemplateDelete LifecycleCreate LifecycleView "
                                + "LifecycleEdit LifecycleDelete AccountView AccountEdit "
                                + "AccountCreate AccountDelete TenantCreate TenantEdit "
                                + "TenantView TenantDelete TagSetCreate TagSetEdit "
                                + "TagSetDelete MachinePolicyCreate MachinePolicyView "
                                + "MachinePolicyEdit MachinePolicyDelete ProxyCreate ProxyView "
                                + "ProxyEdit ProxyDelete SubscriptionCreate SubscriptionView "
                                + "SubscriptionEdit SubscriptionDelete TriggerCreate "
                                + "TriggerView TriggerEdit TriggerDelete CertificateView "
                                + "CertificateCreate CertificateEdit CertificateDelete "
                                + "CertificateExportPrivateKey FeedEdit WorkerView WorkerEdit "
                                + "BuildInformationPush BuildInformationAdminister RunbookView "
                                + "RunbookEdit RunbookRunView RunbookRunDelete "
                                + "RunbookRunCreate "),
                row(
                        "System Administrator",
                        "AdministerSystem ConfigureServer EventView TeamCreate TeamView TeamEdit TeamDelete TaskView TaskCreate TaskCancel TaskEdit SpaceView SpaceEdit SpaceCreate SpaceDelete UserView UserInvite UserRoleView UserRoleEdit UserEdit",
                        ""),
                row(
                        "System Manager",
                        "ConfigureServer EventView TeamCreate TeamView TeamEdit TeamDelete TaskView TaskCreate TaskCancel TaskEdit SpaceView SpaceEdit SpaceCreate SpaceDelete UserView UserInvite UserRoleView UserRoleEdit UserEdit",
                        ""),
                row("Tenant Manager", "", "TenantCreate TenantEdit TenantDelete TenantView "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documented")
    void builtInRoleHasExactlyTheDocumentedPermissions(Row row) {
        UserRole role = BuiltInRoles.byId(BuiltInRoles.idFor(row.role())).orElseThrow();

        assertThat(role.name()).isEqualTo(row.role());
        assertThat(role.builtIn()).isTrue();
        assertThat(names(role.systemPermissions())).isEqualTo(new TreeSet<>(row.system()));
        assertThat(names(role.spacePermissions())).isEqualTo(new TreeSet<>(row.space()));
    }

    @Test
    void everyDocumentedRoleExistsAndFreightAddsOnlyTheDeploymentPlanEditor() {
        Set<String> documentedIds =
                documented().stream()
                        .map(r -> BuiltInRoles.idFor(r.role()))
                        .collect(Collectors.toSet());
        Set<String> builtIn =
                BuiltInRoles.all().stream().map(UserRole::id).collect(Collectors.toSet());

        assertThat(documented()).hasSize(18);
        assertThat(builtIn).containsAll(documentedIds);
        assertThat(builtIn)
                .hasSize(documentedIds.size() + 1)
                .contains(BuiltInRoles.DEPLOYMENT_PLAN_EDITOR);
    }

    @Test
    void builtInRoleIdsFollowOctopus() {
        assertThat(BuiltInRoles.idFor("System Administrator"))
                .isEqualTo("userroles-systemadministrator");
        assertThat(BuiltInRoles.idFor("Project Deployer")).isEqualTo("userroles-projectdeployer");
        assertThat(BuiltInRoles.SPACE_MANAGER).isEqualTo("userroles-spacemanager");
    }

    @Test
    void catalogHasTheOctopusPermissionsPlusOneFreightPermission() {
        assertThat(Permission.values()).hasSize(141);
        assertThat(Arrays.stream(Permission.values()).filter(Permission::isFreightExtension))
                .containsExactly(Permission.DeploymentPlanEdit);
        assertThat(Permission.DeploymentCreate.supportedRestrictions())
                .containsExactlyInAnyOrder(
                        ScopeKind.PROJECTS, ScopeKind.ENVIRONMENTS, ScopeKind.TENANTS);
        assertThat(Permission.ProjectCreate.supportedRestrictions())
                .containsExactly(ScopeKind.PROJECT_GROUPS);
        assertThat(Permission.AdministerSystem.level()).isEqualTo(Permission.Level.SYSTEM);
        assertThat(Permission.TeamView.level()).isEqualTo(Permission.Level.BOTH);
    }

    @Test
    void everyPermissionNamedInTheDocumentedTablesIsInTheCatalog() {
        for (Row row : documented()) {
            for (String name : row.system()) {
                assertThat(Permission.named(name)).as(name).isPresent();
                assertThat(Permission.named(name).get().level().atSystem()).as(name).isTrue();
            }
            for (String name : row.space()) {
                assertThat(Permission.named(name)).as(name).isPresent();
                assertThat(Permission.named(name).get().level().inSpace()).as(name).isTrue();
            }
        }
    }

    private static Set<String> names(String list) {
        return Arrays.stream(list.trim().split("\\s+"))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> names(Set<Permission> permissions) {
        return permissions.isEmpty()
                ? new TreeSet<>()
                : EnumSet.copyOf(permissions).stream()
                        .map(Enum::name)
                        .collect(Collectors.toCollection(TreeSet::new));
    }
}

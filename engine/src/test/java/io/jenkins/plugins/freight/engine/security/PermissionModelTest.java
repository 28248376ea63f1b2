package io.jenkins.plugins.freight.engine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.EngineSettings;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.ForbiddenException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.space.Space;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Teams, roles and scopes on H2 and PostgreSQL: unions, scoping, the grant ceiling, reports. */
class PermissionModelTest {

    @TempDir Path dir;

    private Engine engine;
    private String space;
    private Environment dev;
    private Environment prod;

    private void open(DatabaseKind kind) {
        engine = Engine.open(EngineSettings.defaults(dir).withDatabase(kind.newSettings()));
        space = engine.spaces().create(Caller.system(), Space.named("Permissions")).id();
        dev = engine.environments().create(Caller.system(), space, Environment.named("Dev"));
        prod = engine.environments().create(Caller.system(), space, Environment.named("Prod"));
    }

    private PermissionScope in(Environment environment) {
        return PermissionScope.space(space).withEnvironment(environment.id());
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aUserWithoutTeamsHoldsNothingAndTheRefusalNamesWhoHoldsIt(DatabaseKind kind) {
        open(kind);
        try (Engine opened = engine) {
            Caller nobody = SecurityTesting.user(engine, "nobody");
            AccessPolicy policy = engine.accessPolicy();

            assertThatThrownBy(() -> policy.require(nobody, "EnvironmentView", space))
                    .isInstanceOf(ForbiddenException.class)
                    .hasMessage(
                            "Missing permission EnvironmentView in space Permissions; granted to"
                                    + " teams: Octopus Administrators, Space Managers");
            assertThatThrownBy(() -> policy.require(nobody, "AdministerSystem", null))
                    .hasMessage(
                            "Missing permission AdministerSystem; granted to teams: Octopus"
                                    + " Administrators");
            assertThat(
                            policy.isAllowed(
                                    Caller.system(), "AdministerSystem", PermissionScope.system()))
                    .isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void scopedRolesApplyOnlyInTheirEnvironmentsAndSeveralGrantsAddUp(DatabaseKind kind) {
        open(kind);
        try (Engine opened = engine) {
            Caller ann = SecurityTesting.user(engine, "ann");
            Team devTeam = SecurityTesting.team(engine, space, "Dev deployers", ann);
            SecurityTesting.grant(engine, devTeam, space, "Deployment Creator", List.of(dev.id()));
            AccessPolicy policy = engine.accessPolicy();

            assertThat(policy.isAllowed(ann, "DeploymentCreate", in(dev))).isTrue();
            assertThat(policy.isAllowed(ann, "DeploymentCreate", in(prod))).isFalse();
            assertThat(policy.isAllowed(ann, "ReleaseCreate", in(dev))).isFalse();
            // a list-level check passes when the permission is held somewhere in the space
            assertThat(policy.isAllowed(ann, "DeploymentCreate", PermissionScope.space(space)))
                    .isTrue();

            Team prodTeam = SecurityTesting.team(engine, space, "Prod deployers", ann);
            SecurityTesting.grant(
                    engine, prodTeam, space, "Deployment Creator", List.of(prod.id()));
            SecurityTesting.grant(engine, prodTeam, space, "Release Creator", List.of());

            assertThat(policy.isAllowed(ann, "DeploymentCreate", in(prod))).isTrue();
            assertThat(policy.isAllowed(ann, "ReleaseCreate", in(dev))).isTrue();
            // the visible filter drops documents outside every grant
            ScopeFilter visible = policy.visible(ann, "DeploymentCreate", space);
            assertThat(visible.permits(in(dev))).isTrue();
            Environment test =
                    engine.environments().create(Caller.system(), space, Environment.named("Test"));
            assertThat(visible.permits(in(test))).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aUserCannotGrantMoreThanTheyHold(DatabaseKind kind) {
        open(kind);
        try (Engine opened = engine) {
            Caller lead = SecurityTesting.user(engine, "lead");
            Caller other = SecurityTesting.user(engine, "other");
            Team leads = SecurityTesting.team(engine, space, "Leads", lead);
            // leads manage teams in the space and deploy to Dev only
            UserRole teamAdmin =
                    engine.security()
                            .userRoles()
                            .create(
                                    Caller.system(),
                                    new UserRoleDetails(
                                            "Team admin",
                                            "",
                                            List.of("TeamView", "TeamCreate", "TeamEdit"),
                                            List.of("UserRoleView")));
            engine.security()
                    .scopedUserRoles()
                    .create(
                            Caller.system(),
                            new ScopedUserRole(
                                    null,
                                    space,
                                    leads.id(),
                                    teamAdmin.id(),
                                    null,
                                    null,
                                    null,
                                    null));
            SecurityTesting.grant(engine, leads, space, "Deployment Creator", List.of(dev.id()));
            Team helpers =
                    engine.security()
                            .teams()
                            .create(lead, new TeamDetails("Helpers", "", space, List.of()));

            // giving Deployment Creator for Dev is within the lead's own reach ...
            engine.security()
                    .scopedUserRoles()
                    .create(lead, assignment(helpers, "Deployment Creator", List.of(dev.id())));
            // ... for Prod, or unrestricted, it is not
            assertThatThrownBy(
                            () ->
                                    engine.security()
                                            .scopedUserRoles()
                                            .create(
                                                    lead,
                                                    assignment(
                                                            helpers,
                                                            "Deployment Creator",
                                                            List.of(prod.id()))))
                    .isInstanceOf(ForbiddenException.class)
                    .hasMessage(
                            "You cannot grant permission TaskView because you do not hold it"
                                    + " in that space with that scope yourself");
            assertThatThrownBy(
                            () ->
                                    engine.security()
                                            .scopedUserRoles()
                                            .create(
                                                    lead,
                                                    assignment(
                                                            helpers,
                                                            "Deployment Creator",
                                                            List.of())))
                    .isInstanceOf(ForbiddenException.class);
            // nor may the lead define a role with permissions they lack (UserRoleEdit missing)
            assertThatThrownBy(
                            () ->
                                    engine.security()
                                            .userRoles()
                                            .create(
                                                    lead,
                                                    new UserRoleDetails(
                                                            "Mine",
                                                            "",
                                                            List.of("ProjectDelete"),
                                                            List.of())))
                    .isInstanceOf(ForbiddenException.class)
                    .hasMessage(
                            "Missing permission UserRoleEdit; granted to teams: Octopus"
                                    + " Administrators");
            // adding a member to a team hands out its roles: allowed here, since the lead holds
            // them
            engine.security()
                    .teams()
                    .update(
                            lead,
                            helpers.id(),
                            new TeamDetails("Helpers", "", space, List.of(other.userId())));
            assertThat(engine.accessPolicy().isAllowed(other, "DeploymentCreate", in(dev)))
                    .isTrue();
            // but not to the administrators' team
            Caller admin = SecurityTesting.user(engine, "admin2");
            assertThatThrownBy(
                            () ->
                                    engine.security()
                                            .teams()
                                            .update(
                                                    lead,
                                                    Team.ADMINISTRATORS,
                                                    new TeamDetails(
                                                            "Octopus Administrators",
                                                            "",
                                                            null,
                                                            List.of(admin.userId()))))
                    .isInstanceOf(ForbiddenException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void builtInTeamsAndRolesAreProtectedAndBadInputChangesNothing(DatabaseKind kind) {
        open(kind);
        try (Engine opened = engine) {
            var teams = engine.security().teams();
            assertThat(teams.list(Caller.system(), space, true))
                    .extracting(Team::name)
                    .containsExactly("Everyone", "Octopus Administrators", "Space Managers");
            assertThatThrownBy(() -> teams.delete(Caller.system(), Team.EVERYONE))
                    .isInstanceOf(ConflictException.class);
            assertThatThrownBy(
                            () ->
                                    engine.security()
                                            .userRoles()
                                            .update(
                                                    Caller.system(),
                                                    BuiltInRoles.SPACE_MANAGER,
                                                    new UserRoleDetails(
                                                            "X", "", List.of(), List.of())))
                    .isInstanceOf(ConflictException.class);
            assertThatThrownBy(
                            () ->
                                    engine.security()
                                            .userRoles()
                                            .create(
                                                    Caller.system(),
                                                    new UserRoleDetails(
                                                            "",
                                                            "",
                                                            List.of("NoSuchPermission", "UserEdit"),
                                                            List.of())))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(
                            e ->
                                    assertThat(((InvalidInputException) e).errors())
                                            .containsExactly(
                                                    "Name is required and must be at most 200"
                                                            + " characters.",
                                                    "'NoSuchPermission' is not a permission.",
                                                    "UserEdit is a system permission; list it under"
                                                            + " system permissions."));
            assertThat(engine.security().userRoles().list(Caller.system()))
                    .hasSize(BuiltInRoles.all().size());
            String spaceManagerGrant =
                    engine
                            .security()
                            .scopedUserRoles()
                            .ofTeam(Caller.system(), Team.spaceManagersOf(space))
                            .stream()
                            .filter(a -> a.userRoleId().equals(BuiltInRoles.SPACE_MANAGER))
                            .findFirst()
                            .orElseThrow()
                            .id();
            assertThatThrownBy(
                            () ->
                                    engine.security()
                                            .scopedUserRoles()
                                            .delete(Caller.system(), spaceManagerGrant))
                    .hasMessage("The Space Manager Team must have a Space Manager User Role");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void testPermissionsListsTeamsAndARoleByScopeGridAsCsv(DatabaseKind kind) {
        open(kind);
        try (Engine opened = engine) {
            Caller ann = SecurityTesting.user(engine, "ann");
            Team devTeam = SecurityTesting.team(engine, space, "Dev deployers", ann);
            SecurityTesting.grant(engine, devTeam, space, "Deployment Creator", List.of(dev.id()));

            UserPermissions report =
                    engine.security().permissions().permissionsOf(Caller.system(), ann.userId());
            assertThat(report.teams())
                    .extracting(Team::name)
                    .containsExactly("Dev deployers", "Everyone");
            assertThat(report.spacePermissions().get(Permission.DeploymentCreate))
                    .containsExactly(
                            new UserPermissions.Restriction(
                                    space, List.of(), List.of(dev.id()), List.of(), List.of()));
            StringWriter csv = new StringWriter();
            engine.security().permissions().testPermissionsCsv(ann, ann.userId(), csv);
            assertThat(List.of(csv.toString().split("\r\n")))
                    .hasSize(2)
                    .first()
                    .isEqualTo(
                            "Team,Role,Space,Environments,Projects,Project groups,Tenants,Permissions");
            assertThat(csv.toString())
                    .contains("Dev deployers,Deployment Creator,Permissions,Dev,All,All,All,")
                    .contains("DeploymentCreate");
            // someone else's permissions need UserView
            Caller bob = SecurityTesting.user(engine, "bob");
            assertThatThrownBy(
                            () -> engine.security().permissions().permissionsOf(bob, ann.userId()))
                    .isInstanceOf(ForbiddenException.class);
        }
    }

    private static ScopedUserRole assignment(Team team, String role, List<String> environments) {
        return new ScopedUserRole(
                null,
                team.spaceId(),
                team.id(),
                BuiltInRoles.idFor(role),
                environments,
                null,
                null,
                null);
    }
}

package io.jenkins.plugins.freight.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.deployment.CreateDeploymentRequest;
import io.jenkins.plugins.freight.engine.deployment.Deployment;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.release.CreateReleaseRequest;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.security.BuiltInRoles;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.ScopedUserRole;
import io.jenkins.plugins.freight.engine.security.Team;
import io.jenkins.plugins.freight.engine.security.TeamDetails;
import io.jenkins.plugins.freight.engine.security.User;
import io.jenkins.plugins.freight.engine.security.UserDetails;
import io.jenkins.plugins.freight.engine.space.Space;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import io.jenkins.plugins.freight.server.TestServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every protected operation of the security, audit and plan APIs (and the deployment and task
 * operations whose scope matters most) called three times over HTTP: by a user without the
 * permission (403 naming it), by a user who holds it in the wrong scope — another environment, or
 * another space (403), and by a user who holds it where it matters (2xx).
 */
class PermissionMatrixTest {

    private static TestServer server;
    private static Engine engine;
    private static String otherSpace;
    private static Environment dev;
    private static Environment prod;
    private static Release release;
    private static Deployment prodDeployment;
    private static final AtomicInteger USERS = new AtomicInteger();

    /** A role given in a scope: environments (null: the whole space), or another space. */
    record Grant(String role, String where) {}

    /** One protected operation and the grants that make a caller fail and succeed. */
    record Operation(
            String name,
            String method,
            String path,
            Object body,
            String permission,
            Grant wrongScope,
            Grant rightScope) {

        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void start() {
        server = TestServer.start(DatabaseKind.H2);
        engine = server.engine();
        Caller system = Caller.system();
        otherSpace = engine.spaces().create(system, Space.named("Elsewhere")).id();
        dev = engine.environments().create(system, "Spaces-1", Environment.named("Matrix Dev"));
        prod = engine.environments().create(system, "Spaces-1", Environment.named("Matrix Prod"));
        var lifecycle =
                engine.lifecycles()
                        .create(
                                system,
                                "Spaces-1",
                                io.jenkins.plugins.freight.engine.lifecycle.Lifecycle.of(
                                        "Matrix anywhere",
                                        io.jenkins.plugins.freight.engine.lifecycle.Phase.manual(
                                                "All", dev.id(), prod.id())));
        Project project =
                engine.projects()
                        .create(
                                system,
                                "Spaces-1",
                                Project.builder("Matrix").lifecycleId(lifecycle.id()).build());
        engine.database()
                .useTransaction(h -> engine.variables().createSet(h, "Spaces-1", project.id()));
        release =
                engine.releases()
                        .create(
                                system,
                                "Spaces-1",
                                CreateReleaseRequest.of(project.id()).withVersion("1.0.0"));
        prodDeployment =
                engine.deployments()
                        .create(
                                system,
                                "Spaces-1",
                                CreateDeploymentRequest.release(release.id(), prod.id()))
                        .get(0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Operation> operations() {
        Grant prodOnly = new Grant("", "prod");
        return Stream.of(
                new Operation(
                        "list environments",
                        "GET",
                        "/api/Spaces-1/environments",
                        null,
                        "EnvironmentView",
                        new Grant("Environment Viewer", "other space"),
                        new Grant("Environment Viewer", "space")),
                new Operation(
                        "deploy to Prod",
                        "POST",
                        "/api/Spaces-1/deployments",
                        Map.of("ReleaseId", "$release", "EnvironmentId", "$prod"),
                        "DeploymentCreate",
                        new Grant("Deployment Creator", "dev"),
                        new Grant("Deployment Creator", prodOnly.where())),
                new Operation(
                        "view a Prod deployment",
                        "GET",
                        "/api/Spaces-1/deployments/$deployment",
                        null,
                        "DeploymentView",
                        new Grant("Project Viewer", "dev"),
                        new Grant("Project Viewer", "prod")),
                new Operation(
                        "view a Prod task",
                        "GET",
                        "/api/Spaces-1/tasks/$task",
                        null,
                        "TaskView",
                        new Grant("Project Viewer", "dev"),
                        new Grant("Project Viewer", "prod")),
                new Operation(
                        "create a deployment plan for Prod",
                        "POST",
                        "/api/Spaces-1/deploymentplans",
                        Map.of(
                                "Name",
                                "Matrix plan",
                                "EnvironmentId",
                                "$prod",
                                "Items",
                                List.of(Map.of("ProjectId", "Matrix", "ReleaseId", "1.0.0"))),
                        "DeploymentPlanEdit",
                        new Grant("Deployment Plan Editor", "dev"),
                        new Grant("Deployment Plan Editor", "prod")),
                new Operation(
                        "list deployment plans",
                        "GET",
                        "/api/Spaces-1/deploymentplans",
                        null,
                        "DeploymentView",
                        new Grant("Project Viewer", "other space"),
                        new Grant("Project Viewer", "space")),
                new Operation(
                        "read the audit log of a space",
                        "GET",
                        "/api/Spaces-1/events",
                        null,
                        "EventView",
                        new Grant("Project Viewer", "other space"),
                        new Grant("Project Viewer", "space")),
                new Operation(
                        "create a team in a space",
                        "POST",
                        "/api/Spaces-1/teams",
                        Map.of("Name", "$unique"),
                        "TeamCreate",
                        new Grant("Space Manager", "other space"),
                        new Grant("Space Manager", "space")),
                new Operation(
                        "list the roles given to teams in a space",
                        "GET",
                        "/api/Spaces-1/scopeduserroles",
                        null,
                        "TeamView",
                        new Grant("Environment Viewer", "other space"),
                        new Grant("Environment Viewer", "space")),
                new Operation(
                        "list user roles",
                        "GET",
                        "/api/userroles",
                        null,
                        "UserRoleView",
                        null,
                        new Grant("System Manager", "system")),
                new Operation(
                        "define a user role",
                        "POST",
                        "/api/userroles",
                        Map.of("Name", "$unique", "GrantedSpacePermissions", List.of()),
                        "UserRoleEdit",
                        null,
                        new Grant("System Manager", "system")),
                new Operation(
                        "list users",
                        "GET",
                        "/api/users",
                        null,
                        "UserView",
                        null,
                        new Grant("System Manager", "system")),
                new Operation(
                        "read the system audit log",
                        "GET",
                        "/api/events",
                        null,
                        "EventView",
                        new Grant("Project Viewer", "space"),
                        new Grant("System Manager", "system")),
                new Operation(
                        "read someone's permissions",
                        "GET",
                        "/api/users/Users-1/permissions",
                        null,
                        "UserView",
                        null,
                        new Grant("System Manager", "system")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void withoutThePermissionInTheWrongScopeAndWithIt(Operation op) {
        TestServer.Response none = call(op, null);
        assertThat(none.status()).as(op + ": " + none.body()).isEqualTo(403);
        assertThat(none.json().get("ErrorMessage").asText())
                .startsWith("Missing permission " + op.permission());

        if (op.wrongScope() != null) {
            TestServer.Response wrong = call(op, op.wrongScope());
            assertThat(wrong.status()).as(op + " wrong scope: " + wrong.body()).isEqualTo(403);
            assertThat(wrong.json().get("ErrorMessage").asText())
                    .startsWith("Missing permission " + op.permission());
        }

        TestServer.Response right = call(op, op.rightScope());
        assertThat(right.status() / 100).as(op + " right scope: " + right.body()).isEqualTo(2);
    }

    /** Calls the operation as a new user holding {@code grant} (null: nothing). */
    private static TestServer.Response call(Operation op, Grant grant) {
        String key = userWith(grant);
        String path =
                op.path()
                        .replace("$deployment", prodDeployment.id())
                        .replace("$task", prodDeployment.taskId());
        Object body = op.body() == null ? null : substitute(op.body());
        return server.send(op.method(), path, body, key);
    }

    private static Object substitute(Object value) {
        if (value instanceof String s) {
            return switch (s) {
                case "$release" -> release.id();
                case "$prod" -> prod.id();
                case "$unique" -> "Made " + USERS.incrementAndGet();
                default -> s;
            };
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, substitute(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(PermissionMatrixTest::substitute).toList();
        }
        return value;
    }

    private static String userWith(Grant grant) {
        Caller system = Caller.system();
        String name = "matrix-" + USERS.incrementAndGet();
        User user =
                engine.identity().createUser(system, new UserDetails(name, name, "", true, false));
        if (grant != null) {
            String space =
                    switch (grant.where()) {
                        case "system" -> null;
                        case "other space" -> otherSpace;
                        default -> "Spaces-1";
                    };
            List<String> environments =
                    switch (grant.where()) {
                        case "dev" -> List.of(dev.id());
                        case "prod" -> List.of(prod.id());
                        default -> List.of();
                    };
            Team team =
                    engine.security()
                            .teams()
                            .create(
                                    system,
                                    new TeamDetails(name + " team", "", null, List.of(user.id())));
            engine.security()
                    .scopedUserRoles()
                    .create(
                            system,
                            new ScopedUserRole(
                                    null,
                                    space,
                                    team.id(),
                                    BuiltInRoles.idFor(grant.role()),
                                    environments,
                                    null,
                                    null,
                                    null));
        }
        return engine.identity().createApiKey(system, user.id(), "matrix", null).apiKey();
    }
}

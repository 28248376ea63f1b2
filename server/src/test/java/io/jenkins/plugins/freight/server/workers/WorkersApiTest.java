package io.jenkins.plugins.freight.server.workers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.freight.engine.security.BuiltInRoles;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.ScopedUserRole;
import io.jenkins.plugins.freight.engine.security.Team;
import io.jenkins.plugins.freight.engine.security.TeamDetails;
import io.jenkins.plugins.freight.engine.security.User;
import io.jenkins.plugins.freight.engine.security.UserDetails;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import io.jenkins.plugins.freight.server.TestServer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Worker pools and workers over HTTP on the real server: Octopus shapes, filters, the default pool,
 * refusals with clear messages that change nothing, and the WorkerView / WorkerEdit permissions.
 */
class WorkersApiTest {

    private static final String FINGERPRINT = "SHA256:" + "Q".repeat(43);
    private static final String PASSWORD = "worker-api-Pa55-secret";

    private static TestServer server;
    private static String account;

    @BeforeAll
    static void start() {
        server = TestServer.start(DatabaseKind.H2);
        account =
                create(
                        "/api/Spaces-1/accounts",
                        Map.of(
                                "AccountType", "UsernamePassword",
                                "Name", "worker login",
                                "Username", "deploy",
                                "Password", Map.of("HasValue", true, "NewValue", PASSWORD)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String create(String path, Object body) {
        TestServer.Response created = server.post(path, body);
        assertThat(created.status()).as(path + ": " + created.body()).isEqualTo(201);
        JsonNode json = created.json();
        assertThat(server.get(json.get("Links").get("Self").asText()).status()).isEqualTo(200);
        return json.get("Id").asText();
    }

    static Map<String, Object> worker(String name, List<String> pools) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Name", name);
        body.put("WorkerPoolIds", pools);
        body.put(
                "Endpoint",
                Map.of(
                        "CommunicationStyle",
                        "Ssh",
                        "Host",
                        "10.0.0.5",
                        "Port",
                        2222,
                        "AccountId",
                        account,
                        "Fingerprint",
                        FINGERPRINT));
        return body;
    }

    @Test
    void poolsHaveTheOctopusShapeAndTheDefaultPoolComesWithTheSpace() {
        JsonNode page = server.get("/api/Spaces-1/workerpools").json();
        assertThat(page.get("ItemType").asText()).isEqualTo("WorkerPool");
        JsonNode builtIn = page.get("Items").get(0);
        assertThat(builtIn.get("Name").asText()).isEqualTo("Default Worker Pool");
        assertThat(builtIn.get("IsDefault").asBoolean()).isTrue();
        assertThat(builtIn.get("WorkerPoolType").asText()).isEqualTo("StaticWorkerPool");
        assertThat(builtIn.get("CanAddWorkers").asBoolean()).isTrue();
        assertThat(builtIn.get("SpaceId").asText()).isEqualTo("Spaces-1");
        String defaultId = builtIn.get("Id").asText();

        String builders =
                create(
                        "/api/Spaces-1/workerpools",
                        Map.of(
                                "Name", "Builders",
                                "Description", "bash and docker",
                                "WorkerPoolType", "StaticWorkerPool"));
        JsonNode got = server.get("/api/Spaces-1/workerpools/builders").json();
        assertThat(got.get("Id").asText()).isEqualTo(builders);
        assertThat(got.get("Description").asText()).isEqualTo("bash and docker");
        assertThat(got.get("IsDefault").asBoolean()).isFalse();
        assertThat(got.get("Links").get("Workers").asText())
                .isEqualTo("/api/Spaces-1/workerpools/" + builders + "/workers{?skip,take}");
        assertThat(server.get("/api/workerpools?partialName=build").json().get("Items"))
                .extracting(n -> n.get("Id").asText())
                .containsExactly(builders);
        assertThat(
                        server.get("/api/Spaces-1/workerpools?name=BUILDERS")
                                .json()
                                .get("TotalResults")
                                .asInt())
                .isEqualTo(1);
        assertThat(server.get("/api/Spaces-1/workerpools?ids=" + builders).json().get("Items"))
                .hasSize(1);
        assertThat(server.get("/api/Spaces-1/workerpools/all").json().findValuesAsText("Id"))
                .contains(defaultId, builders);
        JsonNode root = server.get("/api/Spaces-1").json().get("Links");
        assertThat(root.get("WorkerPools").asText())
                .isEqualTo("/api/Spaces-1/workerpools{/id}{?skip,take,ids,partialName,name}");
        assertThat(root.get("Workers").asText()).startsWith("/api/Spaces-1/workers{/id}{?skip");

        TestServer.Response dynamic =
                server.post(
                        "/api/Spaces-1/workerpools",
                        Map.of("Name", "Cloud", "WorkerPoolType", "DynamicWorkerPool"));
        assertThat(dynamic.status()).isEqualTo(400);
        assertThat(dynamic.json().get("ErrorMessage").asText()).contains("DynamicWorkerPool");

        TestServer.Response undefault =
                server.put(
                        "/api/Spaces-1/workerpools/" + defaultId,
                        Map.of("Name", "Default Worker Pool", "IsDefault", false));
        assertThat(undefault.status()).isEqualTo(400);
        assertThat(undefault.json().get("ErrorMessage").asText())
                .contains("stays so until another pool is made the default");
        TestServer.Response deleteDefault = server.delete("/api/Spaces-1/workerpools/" + defaultId);
        assertThat(deleteDefault.status()).isEqualTo(409);
        assertThat(deleteDefault.json().get("ErrorMessage").asText())
                .contains("default pool and cannot be deleted");

        JsonNode renamed =
                server.put(
                                "/api/Spaces-1/workerpools/" + builders,
                                Map.of("Name", "Build agents", "SortOrder", 50))
                        .json();
        assertThat(renamed.get("Name").asText()).isEqualTo("Build agents");
        assertThat(renamed.get("Description").asText()).isEqualTo("bash and docker");
        assertThat(renamed.get("SortOrder").asInt()).isEqualTo(50);
        assertThat(server.delete("/api/Spaces-1/workerpools/" + builders).status()).isEqualTo(200);
        assertThat(server.get("/api/Spaces-1/workerpools/" + builders).status()).isEqualTo(404);
    }

    @Test
    void workersHaveTheMachineShapeWithPoolsAndAreFiltered() {
        String linux = create("/api/Spaces-1/workerpools", Map.of("Name", "Linux"));
        String other = create("/api/Spaces-1/workerpools", Map.of("Name", "Other"));
        String w1 = create("/api/Spaces-1/workers", worker("linux-1", List.of(linux)));
        Map<String, Object> disabled = worker("linux-2", List.of(linux, other));
        disabled.put("IsDisabled", true);
        String w2 = create("/api/Spaces-1/workers", disabled);

        JsonNode json = server.get("/api/Spaces-1/workers/" + w1).json();
        assertThat(json.get("Name").asText()).isEqualTo("linux-1");
        assertThat(json.get("WorkerPoolIds").get(0).asText()).isEqualTo(linux);
        assertThat(json.get("Endpoint").get("CommunicationStyle").asText()).isEqualTo("Ssh");
        assertThat(json.get("Endpoint").get("Uri").asText()).isEqualTo("ssh://10.0.0.5:2222/");
        assertThat(json.get("Uri").asText()).isEqualTo("ssh://10.0.0.5:2222/");
        assertThat(json.get("HealthStatus").asText()).isEqualTo("Unknown");
        assertThat(json.get("Status").asText()).isEqualTo("Unknown");
        assertThat(json.get("MachinePolicyId").asText()).isEqualTo("MachinePolicies-1");
        assertThat(json.has("EnvironmentIds")).isFalse();
        assertThat(json.has("Roles")).isFalse();
        assertThat(json.has("TenantIds")).isFalse();
        assertThat(server.get("/api/Spaces-1/workers/" + w2).json().get("Status").asText())
                .isEqualTo("Disabled");

        assertThat(ids("/api/Spaces-1/workers?workerPoolIds=" + linux)).containsExactly(w1, w2);
        assertThat(ids("/api/Spaces-1/workers?workerPoolIds=" + other)).containsExactly(w2);
        assertThat(ids("/api/Spaces-1/workers?workerPoolIds=" + linux + "&isDisabled=false"))
                .containsExactly(w1);
        assertThat(
                        ids(
                                "/api/Spaces-1/workers?partialName=linux&healthStatuses=Unknown&commStyles=Ssh"))
                .containsExactly(w1, w2);
        assertThat(ids("/api/Spaces-1/workers?partialName=linux&healthStatuses=Healthy")).isEmpty();
        assertThat(ids("/api/Spaces-1/workers?name=LINUX-2")).containsExactly(w2);
        assertThat(ids("/api/Spaces-1/workerpools/" + linux + "/workers")).containsExactly(w1, w2);
        assertThat(ids("/api/Spaces-1/workerpools/" + other + "/workers")).containsExactly(w2);
        assertThat(server.get("/api/Spaces-1/workers/all").json().findValuesAsText("Id"))
                .contains(w1, w2);
        TestServer.Response badHealth = server.get("/api/Spaces-1/workers?healthStatuses=Great");
        assertThat(badHealth.status()).isEqualTo(400);
        assertThat(badHealth.json().get("ErrorMessage").asText()).contains("Great");

        // a full PUT without WorkerPoolIds keeps them; disabling keeps the endpoint
        JsonNode changed =
                server.put(
                                "/api/Spaces-1/workers/" + w1,
                                Map.of("Name", "linux-1", "IsDisabled", true))
                        .json();
        assertThat(changed.get("IsDisabled").asBoolean()).isTrue();
        assertThat(changed.get("WorkerPoolIds").get(0).asText()).isEqualTo(linux);
        assertThat(changed.get("Endpoint").get("Host").asText()).isEqualTo("10.0.0.5");

        // a pool with workers is not deleted, and says who uses it
        TestServer.Response inUse = server.delete("/api/Spaces-1/workerpools/" + linux);
        assertThat(inUse.status()).isEqualTo(409);
        assertThat(inUse.json().get("ErrorMessage").asText())
                .contains("Worker pool 'Linux' is still used by worker 'linux-1'");
        assertThat(server.delete("/api/Spaces-1/workers/" + w1).status()).isEqualTo(200);
        assertThat(server.delete("/api/Spaces-1/workers/" + w2).status()).isEqualTo(200);
        assertThat(server.delete("/api/Spaces-1/workerpools/" + linux).status()).isEqualTo(200);
        assertThat(server.delete("/api/Spaces-1/workerpools/" + other).status()).isEqualTo(200);
    }

    @Test
    void processActionsNameAPoolOfTheSpaceAndKeepItFromBeingDeleted() {
        String pool = create("/api/Spaces-1/workerpools", Map.of("Name", "Deploy pool"));
        String project =
                server.engine()
                        .projects()
                        .create(
                                Caller.system(),
                                "Spaces-1",
                                io.jenkins.plugins.freight.engine.project.Project.builder(
                                                "Worker steps")
                                        .build())
                        .id();
        String path = "/api/Spaces-1/projects/" + project + "/deploymentprocesses";
        int version = server.get(path).json().get("Version").asInt();

        TestServer.Response unknown =
                server.put(path, process(project, version, "WorkerPools-99999"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("Errors").get(0).asText())
                .isEqualTo(
                        "Action 'Migrate' runs on worker pool 'WorkerPools-99999', which was not"
                                + " found in this space (give the pool's id).");
        assertThat(server.get(path).json().get("Version").asInt()).isEqualTo(version);

        TestServer.Response saved = server.put(path, process(project, version, pool));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(
                        saved.json()
                                .get("Steps")
                                .get(0)
                                .get("Actions")
                                .get(0)
                                .get("WorkerPoolId")
                                .asText())
                .isEqualTo(pool);
        TestServer.Response inUse = server.delete("/api/Spaces-1/workerpools/" + pool);
        assertThat(inUse.status()).isEqualTo(409);
        assertThat(inUse.json().get("ErrorMessage").asText())
                .contains("Worker pool 'Deploy pool' is still used by deployment process");
    }

    private static Map<String, Object> process(String project, int version, String pool) {
        Map<String, Object> action =
                Map.of(
                        "Name",
                        "Migrate",
                        "ActionType",
                        "Octopus.Script",
                        "WorkerPoolId",
                        pool,
                        "Properties",
                        Map.of(
                                "Octopus.Action.RunOnServer", "True",
                                "Octopus.Action.Script.ScriptBody", "echo migrate"));
        return Map.of(
                "ProjectId",
                project,
                "Version",
                version,
                "Steps",
                List.of(Map.of("Name", "Migrate", "Actions", List.of(action))));
    }

    @Test
    void badWorkersAreRefusedWithEveryProblemAndNothingIsSaved() {
        long before = server.get("/api/Spaces-1/workers").json().get("TotalResults").asLong();
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("Name", "broken");
        bad.put("WorkerPoolIds", List.of("WorkerPools-987654"));
        bad.put(
                "Endpoint",
                Map.of("CommunicationStyle", "Ssh", "Host", "bad host", "Fingerprint", "nope"));
        TestServer.Response refused = server.post("/api/Spaces-1/workers", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("Errors"))
                .extracting(JsonNode::asText)
                .contains(
                        "Worker pool 'WorkerPools-987654' was not found in this space.",
                        "The SSH endpoint needs an account to log in with.");

        Map<String, Object> tentacle = worker("tentacle", List.of());
        tentacle.put(
                "Endpoint",
                Map.of("CommunicationStyle", "TentaclePassive", "Uri", "https://x:10933/"));
        TestServer.Response style = server.post("/api/Spaces-1/workers", tentacle);
        assertThat(style.status()).isEqualTo(400);
        assertThat(style.json().get("ErrorMessage").asText()).contains("TentaclePassive");

        TestServer.Response noPools =
                server.post("/api/Spaces-1/workers", worker("lonely", List.of()));
        assertThat(noPools.status()).isEqualTo(400);
        assertThat(noPools.json().get("ErrorMessage").asText())
                .contains("A worker needs at least one worker pool.");
        assertThat(server.get("/api/Spaces-1/workers").json().get("TotalResults").asLong())
                .isEqualTo(before);
        assertThat(refused.body() + style.body() + noPools.body()).doesNotContain(PASSWORD);
    }

    @Test
    void viewingNeedsWorkerViewAndChangingNeedsWorkerEdit() {
        String viewer = userWith("Environment Viewer");
        String nobody = userWith(null);
        assertThat(server.send("GET", "/api/Spaces-1/workerpools", null, viewer).status())
                .isEqualTo(200);
        assertThat(server.send("GET", "/api/Spaces-1/workers", null, viewer).status())
                .isEqualTo(200);
        TestServer.Response create =
                server.send("POST", "/api/Spaces-1/workerpools", Map.of("Name", "Nope"), viewer);
        assertThat(create.status()).isEqualTo(403);
        assertThat(create.body()).contains("WorkerEdit");
        assertThat(server.send("GET", "/api/Spaces-1/workers", null, nobody).status())
                .isIn(403, 404);
        assertThat(
                        server.get("/api/Spaces-1/workerpools?name=Nope")
                                .json()
                                .get("TotalResults")
                                .asInt())
                .isZero();
    }

    private static List<String> ids(String path) {
        TestServer.Response r = server.get(path);
        assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(200);
        return r.json().get("Items").findValuesAsText("Id");
    }

    private static String userWith(String role) {
        Caller system = Caller.system();
        String name = "workers-" + (role == null ? "none" : role.replace(' ', '-').toLowerCase());
        User user =
                server.engine()
                        .identity()
                        .createUser(system, new UserDetails(name, name, "", true, false));
        if (role != null) {
            Team team =
                    server.engine()
                            .security()
                            .teams()
                            .create(
                                    system,
                                    new TeamDetails(name + " team", "", null, List.of(user.id())));
            server.engine()
                    .security()
                    .scopedUserRoles()
                    .create(
                            system,
                            new ScopedUserRole(
                                    null,
                                    "Spaces-1",
                                    team.id(),
                                    BuiltInRoles.idFor(role),
                                    List.of(),
                                    null,
                                    null,
                                    null));
        }
        return server.engine().identity().createApiKey(system, user.id(), "workers", null).apiKey();
    }
}

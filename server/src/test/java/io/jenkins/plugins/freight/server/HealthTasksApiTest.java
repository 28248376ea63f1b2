package io.jenkins.plugins.freight.server;

import static io.jenkins.plugins.freight.server.ConfigurationApiTest.create;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.UserDetails;
import io.jenkins.plugins.freight.engine.target.TestSshServer;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/{space}/tasks} with {@code Name: Health} on the real server against a real SSH
 * server on loopback: the task is answered (201), checks the environment's targets, and the
 * targets' connection status, health and task list show the result. Other task names and bad
 * arguments are 400s that queue nothing; a user without MachineEdit gets a 403.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class HealthTasksApiTest {

    @TempDir static Path dir;
    private static TestSshServer ssh;
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        ssh = TestSshServer.start(dir, null);
        server = TestServer.start(DatabaseKind.H2);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        ssh.close();
    }

    private static String machine(String name, String env, String account, int port) {
        Map<String, Object> endpoint = new HashMap<>();
        endpoint.put("CommunicationStyle", "Ssh");
        endpoint.put("Host", "127.0.0.1");
        endpoint.put("Port", port);
        endpoint.put("Fingerprint", ssh.fingerprint());
        endpoint.put("AccountId", account);
        return create(
                server,
                "/api/Spaces-1/machines",
                Map.of(
                        "Name",
                        name,
                        "EnvironmentIds",
                        List.of(env),
                        "Roles",
                        List.of("health-web"),
                        "Endpoint",
                        endpoint));
    }

    private static JsonNode await(String taskId) {
        Caller admin =
                server.engine()
                        .identity()
                        .authenticate(TestServer.ADMIN_KEY, "127.0.0.1")
                        .orElseThrow();
        server.engine().tasks().awaitCompletion(admin, taskId, Duration.ofSeconds(90));
        return server.get("/api/Spaces-1/tasks/" + taskId).json();
    }

    @Test
    void healthTaskChecksTheEnvironmentsTargetsAndRecordsTheirConnectionStatus() throws Exception {
        int closed;
        try (ServerSocket probe = new ServerSocket(0)) {
            closed = probe.getLocalPort();
        }
        String env = create(server, "/api/Spaces-1/environments", Map.of("Name", "Health Env"));
        String account =
                create(
                        server,
                        "/api/Spaces-1/accounts",
                        Map.of(
                                "AccountType",
                                "UsernamePassword",
                                "Name",
                                "health login",
                                "Username",
                                TestSshServer.USER,
                                "Password",
                                Map.of("HasValue", true, "NewValue", TestSshServer.PASSWORD)));
        String up = machine("health-up", env, account, ssh.port());
        String down = machine("health-down", env, account, closed);
        assertThat(
                        server.get("/api/Spaces-1/machines/" + up + "/connection")
                                .json()
                                .get("Status")
                                .asText())
                .isEqualTo("Unknown");

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Name", "Health");
        body.put("Description", "Check Health Env");
        body.put("Arguments", Map.of("EnvironmentId", env, "Timeout", "00:05:00"));
        TestServer.Response queued = server.post("/api/Spaces-1/tasks", body);
        assertThat(queued.status()).as(queued.body()).isEqualTo(201);
        JsonNode task = queued.json();
        assertThat(task.get("Name").asText()).isEqualTo("Health");
        assertThat(task.get("Description").asText()).isEqualTo("Check Health Env");
        assertThat(task.get("SpaceId").asText()).isEqualTo("Spaces-1");
        String taskId = task.get("Id").asText();

        JsonNode done = await(taskId);
        String raw = server.get("/api/Spaces-1/tasks/" + taskId + "/raw").body();
        assertThat(done.get("State").asText()).as(raw).isEqualTo("Failed");
        assertThat(done.get("ErrorMessage").asText())
                .isEqualTo("1 of 2 machines are unavailable: health-down.");
        assertThat(raw)
                .contains("health-up is healthy")
                .contains("Could not connect to SSH target health-down")
                .doesNotContain(TestSshServer.PASSWORD);

        JsonNode upConnection = server.get("/api/Spaces-1/machines/" + up + "/connection").json();
        assertThat(upConnection.get("Status").asText()).isEqualTo("Success");
        assertThat(upConnection.get("LastChecked").isNull()).isFalse();
        JsonNode downConnection =
                server.get("/api/Spaces-1/machines/" + down + "/connection").json();
        assertThat(downConnection.get("Status").asText()).isEqualTo("Failure");
        assertThat(downConnection.get("FreightStatusSummary").asText())
                .contains("127.0.0.1:" + closed);
        assertThat(server.get("/api/Spaces-1/machines/" + up).json().get("HealthStatus").asText())
                .isEqualTo("Healthy");
        assertThat(server.get("/api/Spaces-1/machines/" + down).json().get("HealthStatus").asText())
                .isEqualTo("Unavailable");
        assertThat(
                        server.get("/api/Spaces-1/machines/" + down + "/tasks")
                                .json()
                                .get("Items")
                                .findValuesAsText("Id"))
                .containsExactly(taskId);

        TestServer.Response justUp =
                server.post(
                        "/api/Spaces-1/tasks",
                        Map.of("Name", "Health", "Arguments", Map.of("MachineIds", List.of(up))));
        assertThat(justUp.status()).as(justUp.body()).isEqualTo(201);
        assertThat(await(justUp.json().get("Id").asText()).get("State").asText())
                .isEqualTo("Success");
        assertThat(
                        server.get("/api/Spaces-1/machines/" + up + "/tasks")
                                .json()
                                .get("TotalResults")
                                .asInt())
                .isEqualTo(2);
    }

    @Test
    void otherTasksAndBadArgumentsAre400sAndUsersWithoutMachineEdit403s() {
        assertThat(server.get("/api/Spaces-1/tasks/taskTypes").json().findValuesAsText("Id"))
                .contains("Deploy", "Health");
        int before = server.get("/api/Spaces-1/tasks?take=0").json().get("TotalResults").asInt();
        Map<Object, String> cases = new LinkedHashMap<>();
        cases.put(Map.of("Name", "Deploy"), "only Health");
        cases.put(Map.of("Description", "no name"), "Name is required");
        cases.put("[1, 2]", "JSON object");
        cases.put(
                Map.of("Name", "Health", "Arguments", Map.of("EnvironmentId", "Nowhere")),
                "Environment Nowhere does not exist.");
        cases.put(
                Map.of(
                        "Name",
                        "Health",
                        "Arguments",
                        Map.of("MachineIds", List.of("Machines-99999"))),
                "Machines-99999 does not exist.");
        cases.put(
                Map.of("Name", "Health", "Arguments", Map.of("MachineIds", "Machines-1")),
                "MachineIds must be a list");
        cases.put(
                Map.of("Name", "Health", "Arguments", Map.of("Projects", "x")),
                "Unknown argument Projects");
        cases.forEach(
                (body, message) -> {
                    TestServer.Response r = server.post("/api/Spaces-1/tasks", body);
                    assertThat(r.status()).as(body + ": " + r.body()).isEqualTo(400);
                    assertThat(r.body()).as(body.toString()).contains(message);
                });
        assertThat(server.get("/api/Spaces-1/tasks?take=0").json().get("TotalResults").asInt())
                .isEqualTo(before);

        Caller system = Caller.system();
        var user =
                server.engine()
                        .identity()
                        .createUser(
                                system, new UserDetails("no-health", "No Health", "", true, false));
        String key =
                server.engine().identity().createApiKey(system, user.id(), "test", null).apiKey();
        TestServer.Response forbidden =
                server.send("POST", "/api/Spaces-1/tasks", Map.of("Name", "Health"), key);
        assertThat(forbidden.status()).as(forbidden.body()).isEqualTo(403);
        assertThat(server.get("/api/Spaces-1/tasks?take=0").json().get("TotalResults").asInt())
                .isEqualTo(before);
    }
}

package io.jenkins.plugins.freight.server;

import static io.jenkins.plugins.freight.server.ConfigurationApiTest.create;
import static io.jenkins.plugins.freight.server.ConfigurationApiTest.newProject;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code machines/discover} against a real SSH server on loopback (Apache MINA SSHD), and {@code
 * machines/{id}/tasks} after real deployments to the target it discovered.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class MachineDiscoveryAndTasksApiTest {

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

    @Test
    void discoveryAnswersATemplateWithTheHostKeyThatDeploymentsPin() {
        String before = server.get("/api/Spaces-1/machines/all").body();
        TestServer.Response found =
                server.get(
                        "/api/Spaces-1/machines/discover?host=127.0.0.1&port="
                                + ssh.port()
                                + "&type=Ssh");
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        JsonNode template = found.json();
        assertThat(template.get("Name").asText()).isEqualTo("127.0.0.1");
        assertThat(template.get("Id").isNull()).isTrue();
        assertThat(template.get("EnvironmentIds")).isEmpty();
        assertThat(template.get("Roles")).isEmpty();
        JsonNode endpoint = template.get("Endpoint");
        assertThat(endpoint.get("CommunicationStyle").asText()).isEqualTo("Ssh");
        assertThat(endpoint.get("Host").asText()).isEqualTo("127.0.0.1");
        assertThat(endpoint.get("Port").asInt()).isEqualTo(ssh.port());
        assertThat(endpoint.get("Fingerprint").asText()).isEqualTo(ssh.fingerprint());
        assertThat(endpoint.get("Uri").asText()).isEqualTo("ssh://127.0.0.1:" + ssh.port() + "/");
        // nothing was stored
        assertThat(server.get("/api/Spaces-1/machines/all").body()).isEqualTo(before);
    }

    @Test
    void badPortsOtherTypesAndUnreachableHostsAreClear400s() throws Exception {
        int closed;
        try (ServerSocket probe = new ServerSocket(0)) {
            closed = probe.getLocalPort();
        }
        Map<String, String> cases = new HashMap<>();
        cases.put("host=127.0.0.1&port=" + closed, "127.0.0.1:" + closed);
        cases.put("host=127.0.0.1&port=70000", "between 1 and 65535");
        cases.put("host=127.0.0.1&port=abc", "whole number");
        cases.put("host=127.0.0.1&port=22&type=TentaclePassive", "Ssh");
        cases.put("port=22", "needs a host");
        cases.put("host=not%20a%20host", "not a host name");
        cases.forEach(
                (query, message) -> {
                    TestServer.Response r = server.get("/api/Spaces-1/machines/discover?" + query);
                    assertThat(r.status()).as(query + ": " + r.body()).isEqualTo(400);
                    assertThat(r.json().get("ErrorMessage").asText()).as(query).contains(message);
                });
        String viewer = apiKeyWithoutRoles();
        TestServer.Response forbidden =
                server.send(
                        "GET",
                        "/api/Spaces-1/machines/discover?host=127.0.0.1&port=" + ssh.port(),
                        null,
                        viewer);
        assertThat(forbidden.status()).as(forbidden.body()).isEqualTo(403);
    }

    @Test
    void aTargetListsTheDeploymentsThatRanOnItNewestFirstInPages() {
        String env = create(server, "/api/Spaces-1/environments", Map.of("Name", "SSH Env"));
        String account =
                create(
                        server,
                        "/api/Spaces-1/accounts",
                        Map.of(
                                "AccountType",
                                "UsernamePassword",
                                "Name",
                                "ssh deployer",
                                "Username",
                                TestSshServer.USER,
                                "Password",
                                Map.of("HasValue", true, "NewValue", TestSshServer.PASSWORD)));
        JsonNode template =
                server.get("/api/Spaces-1/machines/discover?host=127.0.0.1&port=" + ssh.port())
                        .json();
        Map<String, Object> endpoint = new HashMap<>();
        template.get("Endpoint")
                .fields()
                .forEachRemaining(f -> endpoint.put(f.getKey(), f.getValue().asText()));
        endpoint.put("Port", ssh.port());
        endpoint.put("AccountId", account);
        String machine =
                create(
                        server,
                        "/api/Spaces-1/machines",
                        Map.of(
                                "Name",
                                "ssh-web-01",
                                "EnvironmentIds",
                                List.of(env),
                                "Roles",
                                List.of("ssh-web"),
                                "Endpoint",
                                endpoint));
        JsonNode machineJson = server.get("/api/Spaces-1/machines/" + machine).json();
        String tasksTemplate = machineJson.get("Links").get("TasksTemplate").asText();
        assertThat(tasksTemplate)
                .isEqualTo("/api/Spaces-1/machines/" + machine + "/tasks{?skip,take}");
        String tasksPath = "/api/Spaces-1/machines/" + machine + "/tasks";
        assertThat(server.get(tasksPath).json().get("TotalResults").asInt()).isZero();

        String project = newProject(server, "On SSH");
        String processPath = "/api/Spaces-1/projects/" + project + "/deploymentprocesses";
        int version = server.get(processPath).json().get("Version").asInt();
        Map<String, Object> action =
                Map.of(
                        "Name", "Say hello",
                        "ActionType", "Octopus.Script",
                        "Properties",
                                Map.of(
                                        "Octopus.Action.Script.Syntax", "Bash",
                                        "Octopus.Action.Script.ScriptBody", "echo hello"));
        TestServer.Response saved =
                server.put(
                        processPath,
                        Map.of(
                                "ProjectId", project,
                                "Version", version,
                                "Steps",
                                        List.of(
                                                Map.of(
                                                        "Name", "Say hello",
                                                        "Properties",
                                                                Map.of(
                                                                        "Octopus.Action.TargetRoles",
                                                                        "ssh-web"),
                                                        "Actions", List.of(action)))));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        String first = deploy(project, "1.0.0");
        String second = deploy(project, "1.0.1");

        JsonNode all = server.get(tasksPath).json();
        assertThat(all.get("ItemType").asText()).isEqualTo("Task");
        assertThat(all.get("TotalResults").asInt()).isEqualTo(2);
        assertThat(all.get("Items").findValuesAsText("Id")).containsExactly(second, first);
        assertThat(all.get("Items").get(0).get("State").asText()).isEqualTo("Success");
        assertThat(all.get("Links").has("Page.Next")).isFalse();
        JsonNode page1 = server.get(tasksPath + "?take=1").json();
        assertThat(page1.get("ItemsPerPage").asInt()).isEqualTo(1);
        assertThat(page1.get("Items").findValuesAsText("Id")).containsExactly(second);
        String next = page1.get("Links").get("Page.Next").asText();
        JsonNode page2 = server.get(next).json();
        assertThat(page2.get("Items").findValuesAsText("Id")).containsExactly(first);
        assertThat(page2.get("Links").has("Page.Next")).isFalse();

        assertThat(server.get("/api/Spaces-1/machines/Machines-999/tasks").status()).isEqualTo(404);
        assertThat(server.get(tasksPath + "?skip=-1").status()).isEqualTo(400);
    }

    private String deploy(String project, String version) {
        TestServer.Response release =
                server.post(
                        "/api/Spaces-1/releases/create/v1",
                        Map.of("ProjectName", project, "ReleaseVersion", version));
        assertThat(release.status()).as(release.body()).isIn(200, 201);
        TestServer.Response deployment =
                server.post(
                        "/api/Spaces-1/deployments/create/untenanted/v1",
                        Map.of(
                                "ProjectName", project,
                                "ReleaseVersion", version,
                                "EnvironmentNames", List.of("SSH Env")));
        assertThat(deployment.status()).as(deployment.body()).isIn(200, 201);
        String taskId =
                deployment.json().get("DeploymentServerTasks").get(0).get("ServerTaskId").asText();
        Caller admin =
                server.engine()
                        .identity()
                        .authenticate(TestServer.ADMIN_KEY, "127.0.0.1")
                        .orElseThrow();
        var task = server.engine().tasks().awaitCompletion(admin, taskId, Duration.ofSeconds(90));
        assertThat(task.state().wireName())
                .as(server.get("/api/Spaces-1/tasks/" + taskId + "/raw").body())
                .isEqualTo("Success");
        return taskId;
    }

    /** A user in no team: may sign in, may do nothing in the space. */
    private static String apiKeyWithoutRoles() {
        Caller system = Caller.system();
        var user =
                server.engine()
                        .identity()
                        .createUser(
                                system, new UserDetails("no-roles", "No Roles", "", true, false));
        return server.engine().identity().createApiKey(system, user.id(), "test", null).apiKey();
    }
}

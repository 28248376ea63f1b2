package io.jenkins.plugins.freight.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Releases and deployments end to end over HTTP, with the real Deploy task running the step. */
class ReleasesDeploymentsApiTest {

    private static TestServer server;
    private static String project;

    @BeforeAll
    static void start() {
        server = TestServer.start(DatabaseKind.H2);
        project = HelloProject.create(server);
        HelloProject.push(server, "1.0.0");
        HelloProject.push(server, "1.0.1");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Follows the task until it is finished; answers the final task. */
    private static JsonNode follow(String taskId) {
        long after = 0;
        for (int i = 0; i < 100; i++) {
            JsonNode answer =
                    server.get("/api/tasks/" + taskId + "/follow?timeout=20&after=" + after).json();
            if (answer.get("Task").get("IsCompleted").asBoolean()) {
                return answer.get("Task");
            }
            after = answer.get("Version").asLong();
        }
        throw new AssertionError("task " + taskId + " did not finish");
    }

    @Test
    void executionsApiCreatesAReleaseAndDeploysIt() {
        TestServer.Response created =
                server.post(
                        "/api/Spaces-1/releases/create/v1",
                        Map.of(
                                "spaceId", "Spaces-1",
                                "spaceIdOrName", "Default",
                                "ProjectName", HelloProject.PROJECT,
                                "ReleaseVersion", "1.0.0",
                                "PackageVersion", "1.0.0"));
        assertThat(created.status()).as(created.body()).isIn(200, 201);
        String releaseId = created.json().get("ReleaseId").asText();
        assertThat(created.json().get("ReleaseVersion").asText()).isEqualTo("1.0.0");

        JsonNode release = server.get("/api/Spaces-1/releases/" + releaseId).json();
        assertThat(release.get("SelectedPackages").get(0).get("Version").asText())
                .isEqualTo("1.0.0");
        JsonNode channel =
                server.get("/api/Spaces-1/channels/" + release.get("ChannelId").asText()).json();
        assertThat(channel.get("Name").asText()).isEqualTo("Default");

        TestServer.Response again =
                server.post(
                        "/api/Spaces-1/releases/create/v1",
                        Map.of(
                                "projectName",
                                HelloProject.PROJECT,
                                "releaseVersion",
                                "1.0.0",
                                "ignoreIfAlreadyExists",
                                true));
        assertThat(again.status()).isIn(200, 201);
        assertThat(again.json().get("ReleaseId").asText()).isEqualTo(releaseId);

        TestServer.Response deployed =
                server.post(
                        "/api/Spaces-1/deployments/create/untenanted/v1",
                        Map.of(
                                "ProjectName",
                                HelloProject.PROJECT,
                                "ReleaseVersion",
                                "1.0.0",
                                "EnvironmentNames",
                                List.of("Dev")));
        assertThat(deployed.status()).as(deployed.body()).isIn(200, 201);
        JsonNode tasks = deployed.json().get("DeploymentServerTasks");
        assertThat(tasks).hasSize(1);
        String deploymentId = tasks.get(0).get("DeploymentId").asText();
        String taskId = tasks.get(0).get("ServerTaskId").asText();

        JsonNode deployments =
                server.get("/api/Spaces-1/deployments?take=1&ids=" + deploymentId).json();
        assertThat(deployments.get("Items").get(0).get("TaskId").asText()).isEqualTo(taskId);
        String envId = deployments.get("Items").get(0).get("EnvironmentId").asText();
        assertThat(
                        server.get("/api/Spaces-1/environments?skip=0&take=1&ids=" + envId)
                                .json()
                                .get("Items")
                                .get(0)
                                .get("Name")
                                .asText())
                .isEqualTo("Dev");

        JsonNode task = follow(taskId);
        assertThat(task.get("State").asText())
                .as(server.get("/api/tasks/" + taskId + "/raw").body())
                .isEqualTo("Success");
        assertThat(server.get("/api/Spaces-1/tasks/" + taskId + "/raw").body())
                .contains("Hello from package 1.0.0");
        assertThat(
                        server.get("/api/Spaces-1/projects/" + project + "/releases/1.0.0")
                                .json()
                                .get("Id")
                                .asText())
                .isEqualTo(releaseId);
        assertThat(
                        server.get("/api/Spaces-1/releases/" + releaseId + "/deployments")
                                .json()
                                .get("Items")
                                .findValuesAsText("Id"))
                .contains(deploymentId);
    }

    @Test
    void classicReleaseAndDeploymentAsTheDotNetClientSendsThem() {
        String channel =
                server.get("/api/Spaces-1/projects/" + project + "/channels")
                        .json()
                        .get("Items")
                        .get(0)
                        .get("Id")
                        .asText();
        TestServer.Response created =
                server.post(
                        "/api/Spaces-1/releases?ignoreChannelRules=false",
                        Map.of(
                                "ProjectId",
                                project,
                                "ChannelId",
                                channel,
                                "Version",
                                "2.0.0",
                                "SelectedPackages",
                                List.of(
                                        Map.of(
                                                "StepName", "Run deploy.sh",
                                                "Version", "1.0.1"))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode release = server.get(created.json().get("Links").get("Self").asText()).json();
        assertThat(release.get("Version").asText()).isEqualTo("2.0.0");
        assertThat(release.get("SelectedPackages").get(0).get("Version").asText())
                .isEqualTo("1.0.1");

        String dev = server.get("/api/Spaces-1/environments/Dev").json().get("Id").asText();
        TestServer.Response deployment =
                server.post(
                        "/api/Spaces-1/deployments",
                        Map.of("releaseId", release.get("Id").asText(), "environmentId", dev));
        assertThat(deployment.status()).as(deployment.body()).isEqualTo(201);
        JsonNode task = server.get(deployment.json().get("Links").get("Task").asText()).json();
        assertThat(follow(task.get("Id").asText()).get("State").asText()).isEqualTo("Success");
    }

    @Test
    void tenantedDeploymentCreatesOneDeploymentPerTenant() {
        String dev = server.get("/api/Spaces-1/environments/Dev").json().get("Id").asText();
        JsonNode projectJson = server.get("/api/Spaces-1/projects/" + project).json();
        ((com.fasterxml.jackson.databind.node.ObjectNode) projectJson)
                .put("TenantedDeploymentMode", "TenantedOrUntenanted");
        assertThat(server.put("/api/Spaces-1/projects/" + project, projectJson).status())
                .isEqualTo(200);
        String tenant =
                ConfigurationApiTest.create(
                        server,
                        "/api/Spaces-1/tenants",
                        Map.of(
                                "Name",
                                "Acme Corp",
                                "ProjectEnvironments",
                                Map.of(project, List.of(dev))));
        server.post(
                "/api/Spaces-1/releases/create/v1",
                Map.of(
                        "ProjectName", HelloProject.PROJECT,
                        "ReleaseVersion", "3.1.0",
                        "PackageVersion", "1.0.1"));
        TestServer.Response deployed =
                server.post(
                        "/api/Spaces-1/deployments/create/tenanted/v1",
                        Map.of(
                                "ProjectName",
                                HelloProject.PROJECT,
                                "ReleaseVersion",
                                "3.1.0",
                                "EnvironmentName",
                                "Dev",
                                "Tenants",
                                List.of("Acme Corp")));
        assertThat(deployed.status()).as(deployed.body()).isIn(200, 201);
        JsonNode tasks = deployed.json().get("DeploymentServerTasks");
        assertThat(tasks).hasSize(1);
        JsonNode deployment =
                server.get("/api/Spaces-1/deployments/" + tasks.get(0).get("DeploymentId").asText())
                        .json();
        assertThat(deployment.get("TenantId").asText()).isEqualTo(tenant);
        assertThat(follow(tasks.get(0).get("ServerTaskId").asText()).get("State").asText())
                .isEqualTo("Success");
    }

    @Test
    void badReleaseAndDeploymentRequestsAreRefusedClearly() {
        TestServer.Response unknownProject =
                server.post(
                        "/api/Spaces-1/releases/create/v1",
                        Map.of("ProjectName", "No Such Project", "ReleaseVersion", "1.0.0"));
        assertThat(unknownProject.status()).isIn(400, 404);
        assertThat(unknownProject.json().get("ErrorMessage").asText()).contains("No Such Project");

        TestServer.Response badVersion =
                server.post(
                        "/api/Spaces-1/releases/create/v1",
                        Map.of(
                                "ProjectName",
                                HelloProject.PROJECT,
                                "ReleaseVersion",
                                "not a version!"));
        assertThat(badVersion.status()).isEqualTo(400);

        TestServer.Response noVersion =
                server.post(
                        "/api/Spaces-1/deployments/create/untenanted/v1",
                        Map.of(
                                "ProjectName",
                                HelloProject.PROJECT,
                                "EnvironmentNames",
                                List.of("Dev")));
        assertThat(noVersion.status()).isEqualTo(400);

        TestServer.Response unknownEnvironment =
                server.post(
                        "/api/Spaces-1/deployments/create/untenanted/v1",
                        Map.of(
                                "ProjectName",
                                HelloProject.PROJECT,
                                "ReleaseVersion",
                                "1.0.0",
                                "EnvironmentNames",
                                List.of("Nowhere")));
        assertThat(unknownEnvironment.status()).isIn(400, 404);
        assertThat(server.get("/api/Spaces-1/releases/Releases-999999").status()).isEqualTo(404);
        assertThat(server.get("/api/Spaces-1/deployments/Deployments-999999").status())
                .isEqualTo(404);
    }
}

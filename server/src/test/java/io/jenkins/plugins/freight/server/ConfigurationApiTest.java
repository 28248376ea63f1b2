package io.jenkins.plugins.freight.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Configuration resources over HTTP: what Terraform, Go and C# clients write and read. */
class ConfigurationApiTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(DatabaseKind.H2);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String create(TestServer server, String path, Object body) {
        TestServer.Response created = server.post(path, body);
        assertThat(created.status()).as(path + ": " + created.body()).isEqualTo(201);
        JsonNode json = created.json();
        assertThat(server.get(json.get("Links").get("Self").asText()).status()).isEqualTo(200);
        return json.get("Id").asText();
    }

    @Test
    void environmentsAreListedFilteredReorderedUpdatedAndDeleted() {
        String dev =
                create(server, "/api/Spaces-1/environments", Map.of("Name", "Env Dev", "Slug", ""));
        String test =
                create(
                        server,
                        "/api/environments",
                        Map.of("name", "Env Test", "useGuidedFailure", true));
        JsonNode byName = server.get("/api/Spaces-1/environments?name=env%20test").json();
        assertThat(byName.get("Items").findValuesAsText("Id")).containsExactly(test);
        JsonNode partial = server.get("/api/Spaces-1/environments?partialName=Env%20").json();
        assertThat(partial.get("Items").findValuesAsText("Id")).containsExactly(dev, test);
        assertThat(server.get("/api/Spaces-1/environments/all").json().isArray()).isTrue();
        JsonNode env = server.get("/api/Spaces-1/environments/Env%20Test").json();
        assertThat(env.get("UseGuidedFailure").asBoolean()).isTrue();
        assertThat(env.get("Slug").asText()).isEqualTo("env-test");
        assertThat(server.get("/api/Spaces-1/environments/env-test").json().get("Id").asText())
                .isEqualTo(test);

        TestServer.Response reordered =
                server.put("/api/Spaces-1/environments/sortorder", List.of(test, dev));
        assertThat(reordered.status()).isEqualTo(200);
        assertThat(
                        server.get("/api/Spaces-1/environments?partialName=Env%20")
                                .json()
                                .get("Items")
                                .findValuesAsText("Id"))
                .containsExactly(test, dev);

        ObjectNode changed = (ObjectNode) env;
        changed.put("Description", "Testing ground");
        assertThat(server.put("/api/Spaces-1/environments/" + test, changed).status())
                .isEqualTo(200);
        assertThat(
                        server.get("/api/Spaces-1/environments/" + test)
                                .json()
                                .get("Description")
                                .asText())
                .isEqualTo("Testing ground");

        assertThat(server.post("/api/Spaces-1/environments", Map.of("Name", "")).status())
                .isEqualTo(400);
        assertThat(server.post("/api/Spaces-1/environments", Map.of("Name", "Env Dev")).status())
                .isEqualTo(409);
        assertThat(server.delete("/api/Spaces-1/environments/" + dev).status()).isEqualTo(200);
        assertThat(server.get("/api/Spaces-1/environments/" + dev).status()).isEqualTo(404);
    }

    @Test
    void projectCreatedLikeGoHasItsDefaultChannelProcessAndVariableSet() {
        String group =
                create(
                        server,
                        "/api/Spaces-1/projectgroups",
                        Map.of("Name", "Web apps", "Slug", ""));
        String lifecycle =
                server.get("/api/Spaces-1/lifecycles?name=Default%20Lifecycle")
                        .json()
                        .get("Items")
                        .get(0)
                        .get("Id")
                        .asText();
        String id =
                create(
                        server,
                        "/api/Spaces-1/projects",
                        Map.of(
                                "name",
                                "Fire Project",
                                "projectGroupId",
                                group,
                                "lifecycleId",
                                lifecycle,
                                "spaceId",
                                "Spaces-1"));
        JsonNode project = server.get("/api/Spaces-1/projects/fire%20project").json();
        assertThat(project.get("Id").asText()).isEqualTo(id);
        assertThat(project.get("DeploymentProcessId").asText())
                .isEqualTo("deploymentprocess-" + id);
        assertThat(project.get("VariableSetId").asText()).isEqualTo("variableset-" + id);
        assertThat(project.get("TenantedDeploymentMode").asText()).isEqualTo("Untenanted");
        assertThat(project.get("PersistenceSettings").get("Type").asText()).isEqualTo("Database");
        assertThat(server.get("/api/Spaces-1/projects/no%20such%20project").status())
                .isEqualTo(404);

        JsonNode channels =
                server.get(
                                project.get("Links")
                                        .get("Channels")
                                        .asText()
                                        .replace("{/id}{?skip,take,partialName}", ""))
                        .json();
        assertThat(channels.get("Items")).hasSize(1);
        assertThat(channels.get("Items").get(0).get("IsDefault").asBoolean()).isTrue();
        assertThat(channels.get("Items").get(0).get("Name").asText()).isEqualTo("Default");

        JsonNode group2 = server.get("/api/Spaces-1/projectgroups/" + group + "/projects").json();
        assertThat(group2.get("Items").findValuesAsText("Id")).containsExactly(id);
    }

    @Test
    void processUpdatesNeedTheStoredVersionAndKeepStepIds() {
        String project = newProject(server, "Process Project");
        String processPath = "/api/Spaces-1/projects/" + project + "/deploymentprocesses";
        JsonNode process = server.get(processPath).json();
        int version = process.get("Version").asInt();
        Map<String, Object> step =
                Map.of(
                        "Name", "Say hello",
                        "Properties", Map.of("Octopus.Action.TargetRoles", "web"),
                        "Actions",
                                List.of(
                                        Map.of(
                                                "Name", "Say hello",
                                                "ActionType", "Octopus.Script",
                                                "Properties",
                                                        Map.of(
                                                                "Octopus.Action.Script.ScriptBody",
                                                                "echo hello",
                                                                "Octopus.Action.RunOnServer",
                                                                true))));
        TestServer.Response saved =
                server.put(
                        processPath,
                        Map.of("ProjectId", project, "Version", version, "Steps", List.of(step)));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        JsonNode savedJson = saved.json();
        assertThat(savedJson.get("Version").asInt()).isEqualTo(version + 1);
        JsonNode savedStep = savedJson.get("Steps").get(0);
        assertThat(savedStep.get("Id").asText()).isNotBlank();
        assertThat(
                        savedStep
                                .get("Actions")
                                .get(0)
                                .get("Properties")
                                .get("Octopus.Action.RunOnServer")
                                .isTextual())
                .isTrue();

        TestServer.Response stale =
                server.put(
                        "/api/Spaces-1/deploymentprocesses/deploymentprocess-" + project,
                        Map.of("ProjectId", project, "Version", version, "Steps", List.of()));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("ErrorMessage").asText()).contains("another user");
        assertThat(server.get(processPath).json().get("Steps")).hasSize(1);

        TestServer.Response sensitive =
                server.put(
                        processPath,
                        Map.of(
                                "ProjectId",
                                project,
                                "Version",
                                version + 1,
                                "Steps",
                                List.of(
                                        Map.of(
                                                "Name",
                                                "S",
                                                "Actions",
                                                List.of(
                                                        Map.of(
                                                                "Name", "S",
                                                                "ActionType", "Octopus.Script",
                                                                "Properties",
                                                                        Map.of(
                                                                                "Secret",
                                                                                Map.of(
                                                                                        "HasValue",
                                                                                        true,
                                                                                        "NewValue",
                                                                                        "hunter2"))))))));
        assertThat(sensitive.status()).isEqualTo(400);
        assertThat(sensitive.body()).doesNotContain("hunter2");
    }

    @Test
    void channelsWithVersionRulesAndTenants() {
        String project = newProject(server, "Channel Project");
        String channel =
                create(
                        server,
                        "/api/Spaces-1/channels",
                        Map.of("Name", "Hotfix", "ProjectId", project, "Rules", List.of()));
        JsonNode json = server.get("/api/Spaces-1/channels/" + channel).json();
        assertThat(json.get("IsDefault").asBoolean()).isFalse();
        TestServer.Response noPackage =
                server.post(
                        "/api/Spaces-1/channels",
                        Map.of(
                                "Name",
                                "Ruled",
                                "ProjectId",
                                project,
                                "Rules",
                                List.of(Map.of("VersionRange", "[1.0,2.0)"))));
        assertThat(noPackage.status()).isEqualTo(400);
        assertThat(noPackage.json().get("Errors")).isNotEmpty();
        assertThat(json.get("Links").get("Project").asText())
                .isEqualTo("/api/Spaces-1/projects/" + project);
        assertThat(
                        server.get("/api/Spaces-1/projects/" + project + "/channels")
                                .json()
                                .get("TotalResults")
                                .asInt())
                .isEqualTo(2);

        String tenant = create(server, "/api/Spaces-1/tenants", Map.of("Name", "Acme"));
        assertThat(server.get("/api/Spaces-1/tenants/all").json().findValuesAsText("Id"))
                .contains(tenant);
    }

    @Test
    void sshTargetsAreAcceptedOtherStylesRefused() {
        String env = create(server, "/api/Spaces-1/environments", Map.of("Name", "Targets Env"));
        TestServer.Response listening =
                server.post(
                        "/api/Spaces-1/machines",
                        Map.of(
                                "Name", "tentacle",
                                "EnvironmentIds", List.of(env),
                                "Roles", List.of("web"),
                                "Endpoint",
                                        Map.of(
                                                "CommunicationStyle", "TentaclePassive",
                                                "Uri", "https://x:10933/",
                                                "Thumbprint", "ABC")));
        assertThat(listening.status()).isEqualTo(400);
        assertThat(listening.json().get("ErrorMessage").asText()).contains("TentaclePassive");

        TestServer.Response account =
                server.post(
                        "/api/Spaces-1/accounts",
                        Map.of(
                                "AccountType", "UsernamePassword",
                                "Name", "deployer",
                                "Username", "deploy",
                                "Password", Map.of("HasValue", true, "NewValue", "pa55-w0rd-x")));
        assertThat(account.status()).as(account.body()).isEqualTo(201);
        assertThat(account.body()).doesNotContain("pa55-w0rd-x");
        JsonNode accountJson = account.json();
        assertThat(accountJson.get("Password").get("HasValue").asBoolean()).isTrue();
        assertThat(accountJson.get("Password").get("NewValue").isNull()).isTrue();
        TestServer.Response ssh =
                server.post(
                        "/api/Spaces-1/machines",
                        Map.of(
                                "Name", "web-1",
                                "EnvironmentIds", List.of(env),
                                "Roles", List.of("web"),
                                "Endpoint",
                                        Map.of(
                                                "CommunicationStyle",
                                                "Ssh",
                                                "Host",
                                                "127.0.0.1",
                                                "Port",
                                                2222,
                                                "AccountId",
                                                accountJson.get("Id").asText(),
                                                "Fingerprint",
                                                "SHA256:" + "A".repeat(43))));
        assertThat(ssh.status()).as(ssh.body()).isEqualTo(201);
        JsonNode machine = ssh.json();
        assertThat(machine.get("Endpoint").get("CommunicationStyle").asText()).isEqualTo("Ssh");
        assertThat(machine.get("HealthStatus").asText()).isEqualTo("Unknown");
        assertThat(machine.get("Endpoint").get("Uri").asText()).isEqualTo("ssh://127.0.0.1:2222/");
        assertThat(
                        server.get("/api/Spaces-1/environments/" + env + "/machines")
                                .json()
                                .get("Items"))
                .hasSize(1);
        assertThat(server.get("/api/Spaces-1/machineroles/all").json().toString()).contains("web");
        TestServer.Response noFingerprint =
                server.post(
                        "/api/Spaces-1/machines",
                        Map.of(
                                "Name", "web-2",
                                "EnvironmentIds", List.of(env),
                                "Roles", List.of("web"),
                                "Endpoint", Map.of("CommunicationStyle", "Ssh", "Host", "h")));
        assertThat(noFingerprint.status()).isEqualTo(400);
        assertThat(noFingerprint.json().get("Errors")).isNotEmpty();
    }

    @Test
    void lifecyclePhasesRoundTrip() {
        String env = create(server, "/api/Spaces-1/environments", Map.of("Name", "Phase Env"));
        Map<String, Object> retention =
                Map.of("ShouldKeepForever", false, "QuantityToKeep", 30, "Unit", "Days");
        String id =
                create(
                        server,
                        "/api/Spaces-1/lifecycles",
                        Map.of(
                                "Name",
                                "Two phases",
                                "ReleaseRetentionPolicy",
                                retention,
                                "Phases",
                                List.of(
                                        Map.of(
                                                "Name",
                                                "Only",
                                                "OptionalDeploymentTargets",
                                                List.of(env),
                                                "MinimumEnvironmentsBeforePromotion",
                                                0))));
        JsonNode lifecycle = server.get("/api/Spaces-1/lifecycles/" + id).json();
        assertThat(lifecycle.get("Phases").get(0).get("Id").asText()).isNotBlank();
        assertThat(lifecycle.get("ReleaseRetentionPolicy").get("Strategy").asText())
                .isEqualTo("Count");
        assertThat(server.get("/api/Spaces-1/lifecycles/" + id + "/preview").status())
                .isEqualTo(200);
        TestServer.Response bad =
                server.post(
                        "/api/Spaces-1/lifecycles",
                        Map.of(
                                "Name",
                                "Bad",
                                "ReleaseRetentionPolicy",
                                Map.of("Unit", "Fortnights")));
        assertThat(bad.status()).isEqualTo(400);
    }

    static String newProject(TestServer server, String name) {
        String group =
                server.get("/api/Spaces-1/projectgroups/all").json().get(0).get("Id").asText();
        String lifecycle =
                server.get("/api/Spaces-1/lifecycles/all").json().get(0).get("Id").asText();
        return create(
                server,
                "/api/Spaces-1/projects",
                Map.of("Name", name, "ProjectGroupId", group, "LifecycleId", lifecycle));
    }
}

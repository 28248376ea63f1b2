package io.jenkins.plugins.freight.server;

import static io.jenkins.plugins.freight.server.ConfigurationApiTest.create;
import static io.jenkins.plugins.freight.server.ConfigurationApiTest.newProject;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST projects?clone=} and the body's {@code Clone}: the new project gets the source's
 * process, channels and variables (the sensitive one still sealed), says where it came from, and
 * shows up under {@code clonedFromProjectId}; a taken name, an unknown source and a caller without
 * permission are refused and nothing is created.
 */
class ProjectCloneApiTest {

    private static final String S = "/api/Spaces-1";
    private static final String SECRET = "cloned-secret-stays-sealed";

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(DatabaseKind.H2);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aCloneCarriesTheProcessChannelsAndVariables() {
        String source = newProject(server, "Clone Source");
        String beta = create(server, S + "/channels", Map.of("ProjectId", source, "Name", "Beta"));
        String processPath = S + "/projects/" + source + "/deploymentprocesses";
        int version = server.get(processPath).json().get("Version").asInt();
        Map<String, Object> action =
                Map.of(
                        "Name",
                        "Say hello",
                        "ActionType",
                        "Octopus.Script",
                        "Channels",
                        List.of(beta),
                        "Properties",
                        Map.of(
                                "Octopus.Action.Script.ScriptBody", "echo hello",
                                "Octopus.Action.RunOnServer", "true"));
        TestServer.Response process =
                server.put(
                        processPath,
                        Map.of(
                                "ProjectId",
                                source,
                                "Version",
                                version,
                                "Steps",
                                List.of(Map.of("Name", "Say hello", "Actions", List.of(action)))));
        assertThat(process.status()).as(process.body()).isEqualTo(200);
        String variablesPath = S + "/projects/" + source + "/variables";
        TestServer.Response variables =
                server.put(
                        variablesPath,
                        Map.of(
                                "Version",
                                server.get(variablesPath).json().get("Version").asInt(),
                                "Variables",
                                List.of(
                                        Map.of(
                                                "Name",
                                                "Greeting",
                                                "Value",
                                                "hi",
                                                "Scope",
                                                Map.of("Channel", List.of(beta))),
                                        Map.of(
                                                "Name",
                                                "Password",
                                                "Value",
                                                SECRET,
                                                "IsSensitive",
                                                true))));
        assertThat(variables.status()).as(variables.body()).isEqualTo(200);

        TestServer.Response cloned =
                server.post(S + "/projects?clone=" + source, Map.of("Name", "Clone Copy"));

        assertThat(cloned.status()).as(cloned.body()).isEqualTo(201);
        assertThat(cloned.body()).doesNotContain(SECRET);
        JsonNode copy = cloned.json();
        String copyId = copy.get("Id").asText();
        assertThat(copy.get("ClonedFromProjectId").asText()).isEqualTo(source);
        assertThat(copy.has("Clone")).isFalse();
        assertThat(server.get(S + "/projects/" + copyId).json().get("ClonedFromProjectId").asText())
                .isEqualTo(source);
        JsonNode channels = server.get(S + "/projects/" + copyId + "/channels").json().get("Items");
        assertThat(channels.findValuesAsText("Name")).containsExactlyInAnyOrder("Beta", "Default");
        String betaCopy = null;
        for (JsonNode c : channels) {
            if (c.get("Name").asText().equals("Beta")) {
                betaCopy = c.get("Id").asText();
            }
        }
        assertThat(betaCopy).isNotEqualTo(beta);
        JsonNode copiedProcess =
                server.get(copy.get("Links").get("DeploymentProcess").asText()).json();
        JsonNode copiedAction = copiedProcess.get("Steps").get(0).get("Actions").get(0);
        assertThat(copiedAction.get("Name").asText()).isEqualTo("Say hello");
        assertThat(copiedAction.get("Properties").get("Octopus.Action.Script.ScriptBody").asText())
                .isEqualTo("echo hello");
        assertThat(copiedAction.get("Channels").findValuesAsText("")).isEmpty();
        assertThat(copiedAction.get("Channels").get(0).asText()).isEqualTo(betaCopy);
        TestServer.Response copiedVariables =
                server.get(copy.get("Links").get("Variables").asText());
        assertThat(copiedVariables.body()).doesNotContain(SECRET);
        JsonNode vars = copiedVariables.json().get("Variables");
        assertThat(vars.findValuesAsText("Name")).containsExactly("Greeting", "Password");
        assertThat(vars.get(0).get("Scope").get("Channel").get(0).asText()).isEqualTo(betaCopy);
        assertThat(vars.get(1).get("Value").isNull()).isTrue();
        assertThat(vars.get(1).get("IsSensitive").asBoolean()).isTrue();
        TestServer.Response events = server.get(S + "/events?regarding=" + copyId);
        assertThat(events.body()).doesNotContain(SECRET);
        assertThat(events.json().get("Items").findValuesAsText("Message"))
                .containsExactly("Project Clone Copy was created as a clone of Clone Source");

        // the body's Clone works the same; the filter lists both copies
        TestServer.Response second =
                server.post(
                        S + "/projects",
                        Map.of(
                                "Name",
                                "Clone Second",
                                "Clone",
                                "Clone Source",
                                "Description",
                                "2"));
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.json().get("Description").asText()).isEqualTo("2");
        JsonNode clones = server.get(S + "/projects?clonedFromProjectId=" + source).json();
        assertThat(clones.get("Items").findValuesAsText("Name"))
                .containsExactlyInAnyOrder("Clone Copy", "Clone Second");
        assertThat(
                        server.get(S + "/projects?clonedFromProjectId=" + copyId)
                                .json()
                                .get("TotalResults")
                                .asInt())
                .isZero();
    }

    @Test
    void takenNamesUnknownSourcesAndCallersWithoutPermissionAreRefused() {
        String source = newProject(server, "Refused Source");
        int before = server.get(S + "/projects/all").json().size();

        TestServer.Response taken =
                server.post(S + "/projects?clone=" + source, Map.of("Name", "refused source"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("ErrorMessage").asText())
                .isEqualTo("A project named 'refused source' already exists in this space.");
        TestServer.Response unknown =
                server.post(S + "/projects?clone=Projects-99999", Map.of("Name", "From Nothing"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("ErrorMessage").asText()).contains("Projects-99999");
        TestServer.Response nameless = server.post(S + "/projects?clone=" + source, Map.of());
        assertThat(nameless.status()).isEqualTo(400);

        String user =
                create(server, "/api/users", Map.of("Username", "cloner", "DisplayName", "Cloner"));
        String key =
                server.post("/api/users/" + user + "/apikeys", Map.of("Purpose", "t"))
                        .json()
                        .get("ApiKey")
                        .asText();
        TestServer.Response forbidden =
                server.send(
                        "POST",
                        S + "/projects?clone=" + source,
                        Map.of("Name", "Not Allowed"),
                        key);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(server.get(S + "/projects/all").json().size()).isEqualTo(before);
    }
}

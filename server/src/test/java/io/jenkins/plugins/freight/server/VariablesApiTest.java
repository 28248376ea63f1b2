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

/** Variable sets over HTTP: what Go, Terraform and C# write and read. */
class VariablesApiTest {

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
    void variableSetsRoundTripAndNeverReturnSensitiveValues() {
        String project = newProject(server, "Variables Project");
        String env = create(server, "/api/Spaces-1/environments", Map.of("Name", "Vars Env"));
        String path = "/api/Spaces-1/variables/variableset-" + project;
        TestServer.Response read = server.get(path);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        JsonNode set = read.json();
        assertThat(set.get("OwnerId").asText()).isEqualTo(project);
        assertThat(set.get("ScopeValues").get("Environments").findValuesAsText("Id")).contains(env);
        int version = set.get("Version").asInt();

        Map<String, Object> plain =
                Map.of(
                        "Name", "Greeting",
                        "Value", "Hello",
                        "Description", "kept exactly",
                        "Scope", Map.of("Environment", List.of(env)));
        Map<String, Object> secret =
                Map.of("Name", "Password", "Value", "s3cr3t-value", "IsSensitive", true);
        TestServer.Response saved =
                server.put(path, Map.of("Version", version, "Variables", List.of(plain, secret)));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).doesNotContain("s3cr3t-value");
        JsonNode variables =
                server.get("/api/Spaces-1/projects/" + project + "/variables")
                        .json()
                        .get("Variables");
        JsonNode greeting = variables.get(0);
        assertThat(greeting.get("Value").asText()).isEqualTo("Hello");
        assertThat(greeting.get("Description").asText()).isEqualTo("kept exactly");
        assertThat(greeting.get("Scope").get("Environment").get(0).asText()).isEqualTo(env);
        assertThat(greeting.get("Type").asText()).isEqualTo("String");
        JsonNode password = variables.get(1);
        assertThat(password.get("Value").isNull()).isTrue();
        assertThat(password.get("Type").asText()).isEqualTo("Sensitive");

        TestServer.Response stale =
                server.put(path, Map.of("Version", version, "Variables", List.of()));
        assertThat(stale.status()).isEqualTo(409);
        TestServer.Response badScope =
                server.put(
                        path,
                        Map.of(
                                "Version",
                                version + 1,
                                "Variables",
                                List.of(
                                        Map.of(
                                                "Name", "X",
                                                "Value", "y",
                                                "Scope", Map.of("Galaxy", List.of("a"))))));
        assertThat(badScope.status()).isEqualTo(400);
        assertThat(server.get(path).json().get("Variables")).hasSize(2);
        assertThat(server.get("/api/Spaces-1/variables/variableset-Projects-999999").status())
                .isEqualTo(404);
    }
}

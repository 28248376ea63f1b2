package io.jenkins.plugins.freight.server.apply;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.freight.engine.apply.ApplyYaml;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.User;
import io.jenkins.plugins.freight.engine.security.UserDetails;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import io.jenkins.plugins.freight.server.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/{space}/apply} over HTTP with the documented example: JSON and YAML bodies, dry
 * runs, the error body of an invalid document and the refusal of a caller without permissions.
 */
class ApplyApiTest {

    private static final Path EXAMPLE = Path.of("..", "docs", "examples", "random-quotes.yaml");

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(DatabaseKind.H2);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static TestServer.Response postYaml(String path, String yaml) {
        return server.send(
                HttpRequest.newBuilder(URI.create(server.base() + path))
                        .header("X-Octopus-ApiKey", TestServer.ADMIN_KEY)
                        .header("Content-Type", "application/yaml")
                        .POST(HttpRequest.BodyPublishers.ofString(yaml))
                        .build());
    }

    @Test
    void theExampleAppliesAsJsonAndYamlAndTheRootAdvertisesApply() throws Exception {
        String yaml = Files.readString(EXAMPLE);
        JsonNode document = ApplyYaml.read(yaml, "example");
        assertThat(server.get("/api").json().get("Links").get("FreightApply").asText())
                .endsWith("/apply{?dryRun}");

        TestServer.Response dry = server.post("/api/Spaces-1/apply?dryRun=true", document);
        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        assertThat(dry.json().get("DryRun").asBoolean()).isTrue();
        assertThat(dry.json().get("Created").asInt()).isEqualTo(12);
        assertThat(server.get("/api/Spaces-1/environments/all").json()).isEmpty();

        TestServer.Response applied = server.post("/api/Spaces-1/apply", document);
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(applied.json().get("Changes").get(0).get("Action").asText()).isEqualTo("Create");
        assertThat(applied.body()).doesNotContain("change-me");
        assertThat(server.get("/api/Spaces-1/environments/all").json()).hasSize(3);

        TestServer.Response again = postYaml("/api/Spaces-1/apply", yaml);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("Unchanged").asInt()).isEqualTo(12);
        assertThat(again.json().get("Created").asInt() + again.json().get("Modified").asInt())
                .isZero();
    }

    @Test
    void anInvalidDocumentIsA400WithEveryProblemAndBadYamlNamesTheLine() {
        java.util.Map<String, Object> phase =
                java.util.Map.of("name", "Staging", "environments", java.util.List.of("Staging"));
        java.util.Map<String, Object> lifecycle =
                java.util.Map.of("name", "Only Staging", "phases", java.util.List.of(phase));
        TestServer.Response invalid =
                server.post(
                        "/api/Spaces-1/apply",
                        java.util.Map.of("lifecycles", java.util.List.of(lifecycle)));
        assertThat(invalid.status()).as(invalid.body()).isEqualTo(400);
        assertThat(invalid.json().get("ErrorMessage").asText())
                .contains("nothing was changed")
                .contains("lifecycles[0].phases[0].environments: unknown environment \"Staging\"");
        assertThat(invalid.json().get("Errors").get(0).asText())
                .isEqualTo("lifecycles[0].phases[0].environments: unknown environment \"Staging\"");

        TestServer.Response yaml =
                postYaml("/api/Spaces-1/apply", "environments:\n  - name: Dev\n   bad: [\n");
        assertThat(yaml.status()).as(yaml.body()).isEqualTo(400);
        assertThat(yaml.json().get("ErrorMessage").asText()).contains("request body:3:");
    }

    @Test
    void aCallerWithoutPermissionsIsRefusedAndNothingChanges() throws Exception {
        Caller system = Caller.system();
        User user =
                server.engine()
                        .identity()
                        .createUser(
                                system,
                                new UserDetails(
                                        "viewer", "Viewer", "viewer@example.org", true, false));
        String key =
                server.engine().identity().createApiKey(system, user.id(), "apply", null).apiKey();
        TestServer.Response refused =
                server.send(
                        "POST",
                        "/api/Spaces-1/apply",
                        java.util.Map.of(
                                "environments",
                                java.util.List.of(java.util.Map.of("name", "Nope"))),
                        key);
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(server.get("/api/Spaces-1/environments/all").body()).doesNotContain("Nope");
    }
}

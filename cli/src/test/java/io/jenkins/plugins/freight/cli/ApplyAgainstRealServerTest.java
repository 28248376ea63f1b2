package io.jenkins.plugins.freight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code freight apply} in-process against the real Freight server on loopback, with the example
 * file the documentation shows ({@code docs/examples/random-quotes.yaml}): created, applied again
 * without changes or audit events, a dry run that changes nothing, a changed file, invalid files, a
 * caller without permissions and a server without the extension.
 */
class ApplyAgainstRealServerTest {

    static final Path EXAMPLE = Path.of("..", "docs", "examples", "random-quotes.yaml");

    @TempDir static Path dataDir;
    @TempDir static Path work;
    private static LoopbackServer server;
    private static CliRunner cli;

    @BeforeAll
    static void start() throws Exception {
        server = LoopbackServer.start(dataDir);
        cli =
                new CliRunner(
                        Map.of(
                                "FREIGHT_URL",
                                server.url(),
                                "FREIGHT_API_KEY",
                                LoopbackServer.ADMIN_KEY),
                        work);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static String environments() {
        return server.get("/api/Spaces-1/environments/all").toString();
    }

    private static int changeEvents() {
        return server.get("/api/events?eventCategories=Created,Modified,Deleted&take=1000")
                .get("TotalResults")
                .asInt();
    }

    @Test
    void theDocumentedExampleIsCreatedThenUnchangedAndADryRunChangesNothing() throws Exception {
        String example = EXAMPLE.toAbsolutePath().toString();

        CliRunner.Run dry = cli.run("apply", "-f", example, "--dry-run");
        assertThat(dry.exitCode()).as(dry.all()).isZero();
        assertThat(dry.out())
                .contains("+ environment Dev")
                .contains("+ lifecycle Dev, Test, and Prod")
                .contains("+ team Project Stakeholders")
                .contains("+ project Random Quotes")
                .contains("Dry run: would create 12 and change 0; nothing was changed.");
        assertThat(environments()).doesNotContain("Dev");

        CliRunner.Run applied = cli.run("apply", "-f", example);
        assertThat(applied.exitCode()).as(applied.all()).isZero();
        assertThat(applied.out()).contains("+ user stakeholder").contains("Created 12, changed 0");
        assertThat(applied.all()).doesNotContain("change-me");
        assertThat(environments()).contains("Dev").contains("Test").contains("Prod");
        JsonNode project = server.get("/api/Spaces-1/projects/Random%20Quotes");
        JsonNode steps =
                server.get(
                                "/api/Spaces-1/projects/"
                                        + project.get("Id").asText()
                                        + "/deploymentprocesses")
                        .get("Steps");
        assertThat(steps.findValuesAsText("Name")).contains("Deployment Sign Off");
        int events = changeEvents();

        CliRunner.Run again = cli.run("apply", "-f", example);
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(again.out())
                .contains("= 12 unchanged")
                .contains("No changes: the space already matches random-quotes.yaml.")
                .doesNotContain("+ ")
                .doesNotContain("~ ");
        assertThat(changeEvents()).as("no new Created/Modified audit events").isEqualTo(events);

        String text = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
        Path changed = work.resolve("changed.yaml");
        Files.writeString(
                changed,
                text.replace("value: \"8082\"", "value: \"9082\"")
                        .replace("description: Production.", "description: Production, watched."),
                StandardCharsets.UTF_8);
        CliRunner.Run dryChanged = cli.run("apply", "-f", changed.toString(), "--dry-run");
        assertThat(dryChanged.out()).contains("~ environment Prod: description");
        assertThat(server.get("/api/Spaces-1/environments/Prod").get("Description").asText())
                .isEqualTo("Production.");
        CliRunner.Run modified = cli.run("apply", "-f", changed.toString(), "--output", "json");
        assertThat(modified.exitCode()).as(modified.all()).isZero();
        JsonNode result = new ObjectMapper().readTree(modified.out());
        assertThat(result.get("created").asInt()).isZero();
        assertThat(result.get("modified").asInt()).isEqualTo(2);
        assertThat(result.get("unchanged").asInt()).isEqualTo(10);
        assertThat(modified.out()).contains("variables Quotes.Port");
        assertThat(server.get("/api/Spaces-1/environments/Prod").get("Description").asText())
                .isEqualTo("Production, watched.");
    }

    @Test
    void invalidFilesGiveAClearErrorAndChangeNothing() throws Exception {
        String before = environments();
        String text = Files.readString(EXAMPLE, StandardCharsets.UTF_8);

        Path unknown = work.resolve("unknown.yaml");
        Files.writeString(
                unknown,
                text.replace("excludedEnvironments: [Dev]   #", "excludedEnvironments: [Staging] #")
                        .replace(
                                "- name: Dev\n    description: Every",
                                "- name: Dev2\n    description: Every"));
        CliRunner.Run refused = cli.run("apply", "-f", unknown.toString());
        assertThat(refused.exitCode()).as(refused.all()).isEqualTo(2);
        assertThat(refused.err())
                .contains(
                        "projects[0].process.steps[2].excludedEnvironments: unknown environment"
                                + " \"Staging\"");

        Path duplicate = work.resolve("duplicate.yaml");
        Files.writeString(duplicate, "environments:\n  - name: Extra\n  - name: extra\n");
        CliRunner.Run dup = cli.run("apply", "-f", duplicate.toString());
        assertThat(dup.exitCode()).as(dup.all()).isEqualTo(2);
        assertThat(dup.err())
                .contains("environments[1]: duplicate name \"extra\" (also at environments[0])");

        Path bad = work.resolve("bad.yaml");
        Files.writeString(bad, "environments:\n  - name: Extra\n   description: [unclosed\n");
        CliRunner.Run badYaml = cli.run("apply", "-f", bad.toString());
        assertThat(badYaml.exitCode()).as(badYaml.all()).isEqualTo(2);
        assertThat(badYaml.err()).contains("bad.yaml:3:").doesNotContain("unclosed");

        CliRunner.Run missing = cli.run("apply", "-f", work.resolve("nope.yaml").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("does not exist");

        assertThat(environments()).isEqualTo(before).doesNotContain("Extra").doesNotContain("Dev2");
    }

    @Test
    void aCallerWithoutPermissionsIsRefusedAndNothingChanges() throws Exception {
        String before = environments();
        String userId =
                server.create(
                        "/api/users",
                        Map.of(
                                "Username", "applyviewer",
                                "DisplayName", "Apply Viewer",
                                "EmailAddress", "applyviewer@example.org",
                                "IsActive", true));
        String key =
                server.post("/api/users/" + userId + "/apikeys", Map.of("Purpose", "apply test"))
                        .get("ApiKey")
                        .asText();
        // a viewer of the space: they find it, but may not create environments there
        String team =
                server.create(
                        "/api/Spaces-1/teams",
                        Map.of(
                                "Name",
                                "Apply viewers",
                                "MemberUserIds",
                                java.util.List.of(userId)));
        String viewer = null;
        for (JsonNode role : server.get("/api/userroles/all")) {
            if (role.get("Name").asText().equalsIgnoreCase("Project viewer")) {
                viewer = role.get("Id").asText();
            }
        }
        server.create(
                "/api/Spaces-1/scopeduserroles",
                Map.of("TeamId", team, "UserRoleId", viewer, "SpaceId", "Spaces-1"));
        Path file = work.resolve("small.yaml");
        Files.writeString(file, "environments:\n  - name: Forbidden Env\n");
        CliRunner.Run refused =
                new CliRunner(Map.of("FREIGHT_URL", server.url(), "FREIGHT_API_KEY", key), work)
                        .run("apply", "-f", file.toString());
        assertThat(refused.exitCode()).as(refused.all()).isEqualTo(3);
        assertThat(refused.err())
                .contains("The API key's user is not allowed to")
                .contains("(HTTP 403)")
                .contains("Missing permission");
        assertThat(environments()).isEqualTo(before);
    }

    @Test
    void aServerWithoutTheExtensionIsToldApartClearly() throws Exception {
        HttpServer octopus = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] root =
                ("{\"Application\":\"Octopus Deploy\",\"Version\":\"2024.1.1234\","
                                + "\"ApiVersion\":\"3.0.0\",\"InstallationId\":\"x\","
                                + "\"Links\":{\"Self\":\"/api\"}}")
                        .getBytes(StandardCharsets.UTF_8);
        octopus.createContext(
                "/api",
                exchange -> {
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, root.length);
                    exchange.getResponseBody().write(root);
                    exchange.close();
                });
        octopus.start();
        try {
            CliRunner.Run refused =
                    new CliRunner(
                                    Map.of(
                                            "FREIGHT_URL",
                                            "http://127.0.0.1:" + octopus.getAddress().getPort(),
                                            "FREIGHT_API_KEY",
                                            "API-OCTOPUSSTANDIN00000000000001"),
                                    work)
                            .run("apply", "-f", EXAMPLE.toAbsolutePath().toString());
            assertThat(refused.exitCode()).as(refused.all()).isEqualTo(2);
            assertThat(refused.err()).contains("needs a Freight server");
        } finally {
            octopus.stop(0);
        }
    }
}

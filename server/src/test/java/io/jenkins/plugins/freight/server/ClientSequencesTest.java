package io.jenkins.plugins.freight.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The request sequences of the Go CLI and the .NET client as the research describes them,
 * reproduced with plain HTTP: discovery, space resolution, lookups, uploads, updates.
 */
class ClientSequencesTest {

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
    void goCliStartupResolvesTheSpaceByNameThenReadsTheSpaceRoot() {
        JsonNode root = server.get("/api/").json();
        assertThat(root.get("Application").asText()).isNotBlank();
        assertThat(root.get("InstallationId").asText()).isNotBlank();

        JsonNode spaces = server.get("/api/spaces/all").json();
        assertThat(spaces.isArray()).isTrue();
        JsonNode space = null;
        for (JsonNode s : spaces) {
            if (s.get("Name").asText().equalsIgnoreCase("default")) {
                space = s;
            }
        }
        assertThat(space).isNotNull();
        String id = space.get("Id").asText();
        JsonNode spaceRoot = server.get("/api/" + id).json();
        assertThat(spaceRoot.get("Links").get("Projects").asText()).contains("/api/" + id + "/");
    }

    @Test
    void goCliLooksProjectsUpByNameAndFallsBackToPartialName() {
        ConfigurationApiTest.newProject(server, "fire project");
        assertThat(server.get("/api/Spaces-1/projects/fire%20project").status()).isEqualTo(200);
        assertThat(server.get("/api/Spaces-1/projects/fire").status()).isEqualTo(404);
        JsonNode page = server.get("/api/Spaces-1/projects?partialName=fire").json();
        assertThat(page.get("Items").findValuesAsText("Name")).contains("fire project");
    }

    @Test
    void dotNetFindsTheDefaultSpaceThroughTheCurrentUser() {
        JsonNode root = server.get("/api").json();
        JsonNode me = server.get(root.get("Links").get("CurrentUser").asText()).json();
        JsonNode spaces = server.get(me.get("Links").get("Spaces").asText()).json();
        assertThat(spaces.isArray()).isTrue();
        JsonNode defaultSpace = null;
        for (JsonNode s : spaces) {
            if (s.get("IsDefault").asBoolean()) {
                defaultSpace = s;
            }
        }
        assertThat(defaultSpace).isNotNull();
        JsonNode home = server.get(defaultSpace.get("Links").get("SpaceHome").asText()).json();
        assertThat(home.get("Id").asText()).isEqualTo(defaultSpace.get("Id").asText());

        assertThat(server.send("GET", "/api/users/me", null, null).status()).isIn(401, 403);
    }

    @Test
    void dotNetCreatesThenRereadsSelfAndUpdatesWithMethodOverride() {
        JsonNode root = server.get("/api").json();
        String environments =
                root.get("Links").get("Environments").asText().replaceAll("\\{.*$", "");
        TestServer.Response created = server.post(environments, Map.of("Name", "CSharp Env"));
        assertThat(created.status()).isEqualTo(201);
        JsonNode env = server.get(created.json().get("Links").get("Self").asText()).json();
        ((com.fasterxml.jackson.databind.node.ObjectNode) env).put("Description", "via override");
        TestServer.Response put =
                server.send(
                        "POST",
                        env.get("Links").get("Self").asText(),
                        env,
                        TestServer.ADMIN_KEY,
                        "X-HTTP-Method-Override",
                        "PUT");
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json().get("Description").asText()).isEqualTo("via override");
        TestServer.Response delete =
                server.send(
                        "POST",
                        env.get("Links").get("Self").asText(),
                        null,
                        TestServer.ADMIN_KEY,
                        "X-HTTP-Method-Override",
                        "DELETE");
        assertThat(delete.status()).isEqualTo(200);
        assertThat(server.get(env.get("Links").get("Self").asText()).status()).isEqualTo(404);
    }

    @Test
    void dotNetChoosesOverwriteModeFromThePackageUploadTemplate() {
        String template = server.get("/api").json().get("Links").get("PackageUpload").asText();
        assertThat(template).contains("overwriteMode").doesNotContain("PackageDeltaUpload");
        String path = template.replace("{?replace,overwriteMode}", "");
        TestServer.Response upload =
                server.send(
                        Multipart.upload(
                                server.base() + path + "?overwriteMode=OverwriteExisting",
                                TestServer.ADMIN_KEY,
                                Multipart.body(
                                        "file", "CSharp.1.2.3.zip", Multipart.zip("x.txt", "x"))));
        assertThat(upload.status()).isIn(200, 201);
        JsonNode pkg = upload.json();
        assertThat(
                        server.get(
                                        "/api/Spaces-1/packages/"
                                                + pkg.get("PackageId").asText()
                                                + "."
                                                + pkg.get("Version").asText())
                                .status())
                .isEqualTo(200);
    }

    @Test
    void typeScriptFindsTheSpaceByPartialNameTakingAll() {
        JsonNode spaces =
                server.get("/api/spaces?partialName=Default&skip=0&take=2147483647").json();
        assertThat(spaces.get("TotalResults").asInt()).isGreaterThan(0);
        assertThat(spaces.get("Items").findValuesAsText("Name")).contains("Default");
    }
}

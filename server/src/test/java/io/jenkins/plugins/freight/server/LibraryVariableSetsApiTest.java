package io.jenkins.plugins.freight.server;

import static io.jenkins.plugins.freight.server.ConfigurationApiTest.create;
import static io.jenkins.plugins.freight.server.ConfigurationApiTest.newProject;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code libraryvariablesets} over HTTP as Terraform and the Go client use them: create, list, get,
 * update, the variables behind {@code Links.Variables}, a project including the set, and deletion
 * refused while a project includes it.
 */
class LibraryVariableSetsApiTest {

    private static final String SETS = "/api/Spaces-1/libraryvariablesets";

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
    void aSetIsCreatedListedReadUpdatedAndItsVariablesEdited() {
        String id =
                create(
                        server,
                        SETS,
                        Map.of("Name", "Shared Settings", "Description", "for every project"));
        JsonNode set = server.get(SETS + "/" + id).json();
        assertThat(id).startsWith("LibraryVariableSets-");
        assertThat(set.get("Name").asText()).isEqualTo("Shared Settings");
        assertThat(set.get("Description").asText()).isEqualTo("for every project");
        assertThat(set.get("SpaceId").asText()).isEqualTo("Spaces-1");
        assertThat(set.get("VariableSetId").asText()).isEqualTo("variableset-" + id);
        assertThat(set.get("ContentType").asText()).isEqualTo("Variables");
        assertThat(set.get("Templates").isArray()).isTrue();
        assertThat(set.get("Templates")).isEmpty();
        assertThat(
                        server.get("/api/libraryvariablesets/shared%20settings")
                                .json()
                                .get("Id")
                                .asText())
                .isEqualTo(id);
        create(server, SETS, Map.of("Name", "Other Set"));

        JsonNode page = server.get(SETS + "?partialName=shared&take=1").json();
        assertThat(page.get("ItemType").asText()).isEqualTo("LibraryVariableSet");
        assertThat(page.get("Items").findValuesAsText("Id")).containsExactly(id);
        assertThat(server.get(SETS + "?ids=" + id).json().get("TotalResults").asInt()).isEqualTo(1);
        assertThat(
                        server.get(SETS + "?contentType=Variables&take=100")
                                .json()
                                .get("Items")
                                .findValuesAsText("Name"))
                .contains("Shared Settings", "Other Set");
        assertThat(
                        server.get(SETS + "?contentType=ScriptModule")
                                .json()
                                .get("TotalResults")
                                .asInt())
                .isZero();
        assertThat(server.get(SETS + "/all").json().findValuesAsText("Id")).contains(id);
        assertThat(server.get("/api/Spaces-1").json().get("Links").get("LibraryVariables").asText())
                .contains("/libraryvariablesets{/id}");

        // the set's variables, through its Variables link, with a sensitive value kept sealed
        String variablesLink = set.get("Links").get("Variables").asText();
        JsonNode variables = server.get(variablesLink).json();
        assertThat(variables.get("Id").asText()).isEqualTo("variableset-" + id);
        assertThat(variables.get("OwnerId").asText()).isEqualTo(id);
        TestServer.Response saved =
                server.put(
                        "/api/Spaces-1/variables/variableset-" + id,
                        Map.of(
                                "Version",
                                variables.get("Version").asInt(),
                                "Variables",
                                List.of(
                                        Map.of("Name", "Region", "Value", "eu-west"),
                                        Map.of(
                                                "Name",
                                                "Token",
                                                "Value",
                                                "library-secret-value",
                                                "IsSensitive",
                                                true))));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).doesNotContain("library-secret-value");
        JsonNode read = server.get(variablesLink).json().get("Variables");
        assertThat(read.findValuesAsText("Name")).containsExactly("Region", "Token");
        assertThat(read.get(1).get("Value").isNull()).isTrue();

        // update keeps what the body leaves out; names stay unique; only variable sets exist
        ObjectNode renamed = (ObjectNode) set;
        renamed.put("Name", "Shared");
        renamed.remove("Description");
        TestServer.Response updated = server.put(SETS + "/" + id, renamed);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("Name").asText()).isEqualTo("Shared");
        assertThat(updated.json().get("Description").asText()).isEqualTo("for every project");
        TestServer.Response clash = server.put(SETS + "/" + id, Map.of("Name", "other set"));
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.json().get("ErrorMessage").asText()).contains("already exists");
        TestServer.Response blank = server.post(SETS, Map.of("Description", "no name"));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("Errors").toString()).contains("Name is required");
        TestServer.Response module =
                server.post(SETS, Map.of("Name", "Module", "ContentType", "ScriptModule"));
        assertThat(module.status()).isEqualTo(400);
        TestServer.Response templated =
                server.post(
                        SETS,
                        Map.of(
                                "Name",
                                "Templated",
                                "Templates",
                                List.of(Map.of("Name", "Tenant.Url", "Label", "URL"))));
        assertThat(templated.status()).isEqualTo(400);
        assertThat(templated.json().get("ErrorMessage").asText()).contains("Templates");
        assertThat(
                        server.post(SETS, Map.of("Name", "No Templates", "Templates", List.of()))
                                .status())
                .isEqualTo(201);
        assertThat(server.get(SETS + "/all").json().findValuesAsText("Name"))
                .contains("Shared", "Other Set")
                .doesNotContain("Module", "Templated", "Shared Settings");
        assertThat(server.get(SETS + "/LibraryVariableSets-99999").status()).isEqualTo(404);
    }

    @Test
    void aSetThatAProjectIncludesIsNotDeleted() {
        String id = create(server, SETS, Map.of("Name", "Included Set"));
        String project = newProject(server, "Includes Library");
        JsonNode body = server.get("/api/Spaces-1/projects/" + project).json();
        ((ObjectNode) body).putArray("IncludedLibraryVariableSetIds").add(id);
        assertThat(server.put("/api/Spaces-1/projects/" + project, body).status()).isEqualTo(200);

        TestServer.Response refused = server.delete(SETS + "/" + id);

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("ErrorMessage").asText())
                .isEqualTo(
                        "Library variable set 'Included Set' is still used by project 'Includes"
                                + " Library' ("
                                + project
                                + "); remove those references first.");
        assertThat(server.get(SETS + "/" + id).status()).isEqualTo(200);

        ((ObjectNode) body).putArray("IncludedLibraryVariableSetIds");
        assertThat(server.put("/api/Spaces-1/projects/" + project, body).status()).isEqualTo(200);
        assertThat(server.delete(SETS + "/" + id).status()).isEqualTo(200);
        assertThat(server.get(SETS + "/" + id).status()).isEqualTo(404);
        assertThat(server.get("/api/Spaces-1/variables/variableset-" + id).status()).isEqualTo(404);
    }

    @Test
    void callersWithoutTheLibraryPermissionsAreRefused() {
        String id = create(server, SETS, Map.of("Name", "Guarded Set"));
        String user =
                create(
                        server,
                        "/api/users",
                        Map.of("Username", "nolibrary", "DisplayName", "No Library"));
        String key =
                server.post("/api/users/" + user + "/apikeys", Map.of("Purpose", "t"))
                        .json()
                        .get("ApiKey")
                        .asText();
        TestServer.Response list = server.send("GET", SETS, null, key);
        assertThat(list.status()).isEqualTo(403);
        assertThat(list.json().get("ErrorMessage").asText()).contains("LibraryVariableSetView");
        TestServer.Response delete = server.send("DELETE", SETS + "/" + id, null, key);
        assertThat(delete.status()).isEqualTo(403);
        TestServer.Response post = server.send("POST", SETS, Map.of("Name", "Sneaky"), key);
        assertThat(post.status()).isEqualTo(403);
        assertThat(post.json().get("ErrorMessage").asText()).contains("LibraryVariableSetCreate");
        assertThat(server.get(SETS + "/" + id).status()).isEqualTo(200);
    }
}

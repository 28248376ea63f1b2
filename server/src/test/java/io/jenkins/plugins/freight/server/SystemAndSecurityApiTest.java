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

/**
 * The system resources and the remaining read paths over plain HTTP: spaces, a user's teams, spaces
 * and permissions, the permission catalogue, teams with their scoped user roles, custom user roles,
 * {@code environments/v2}, {@code variables?ids=}, a task's {@code state} and a release's {@code
 * snapshot-variables}.
 */
class SystemAndSecurityApiTest {

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
    void spacesAreCreatedReadByIdSlugAndNameAndUpdated() {
        TestServer.Response created =
                server.post("/api/spaces", Map.of("Name", "Ops Space", "Description", "first"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("Id").asText();
        assertThat(server.get("/api/spaces/" + id).json().get("Slug").asText())
                .isEqualTo("ops-space");
        assertThat(
                        server.get("/api/spaces?name=ops%20space")
                                .json()
                                .get("Items")
                                .findValuesAsText("Id"))
                .containsExactly(id);
        assertThat(server.get("/api/" + id).json().get("Id").asText()).isEqualTo(id);
        assertThat(server.get("/api/spaces/ops-space/environments").status()).isEqualTo(200);
        ObjectNode space = (ObjectNode) created.json();
        space.put("Description", "second");
        assertThat(server.put("/api/spaces/" + id, space).json().get("Description").asText())
                .isEqualTo("second");
    }

    @Test
    void teamsScopedUserRolesAndCustomRolesGrantPermissionsAUserCanRead() {
        String user =
                server.post("/api/users", Map.of("Username", "viewer", "DisplayName", "Viewer"))
                        .json()
                        .get("Id")
                        .asText();
        TestServer.Response role =
                server.post(
                        "/api/userroles",
                        Map.of(
                                "Name",
                                "Environment Peeker",
                                "GrantedSpacePermissions",
                                List.of("EnvironmentView")));
        assertThat(role.status()).as(role.body()).isEqualTo(201);
        String roleId = role.json().get("Id").asText();
        assertThat(server.get("/api/userroles/all").json().findValuesAsText("Id")).contains(roleId);
        ObjectNode renamed = (ObjectNode) role.json();
        renamed.put("Description", "looks at environments");
        assertThat(server.put("/api/userroles/" + roleId, renamed).status()).isEqualTo(200);

        TestServer.Response team =
                server.post(
                        "/api/Spaces-1/teams",
                        Map.of(
                                "Name", "Peekers",
                                "MemberUserIds", List.of(user),
                                "SpaceId", "Spaces-1"));
        assertThat(team.status()).as(team.body()).isEqualTo(201);
        String teamId = team.json().get("Id").asText();
        TestServer.Response scoped =
                server.post(
                        "/api/Spaces-1/scopeduserroles",
                        Map.of("TeamId", teamId, "UserRoleId", roleId, "SpaceId", "Spaces-1"));
        assertThat(scoped.status()).as(scoped.body()).isEqualTo(201);
        String scopedId = scoped.json().get("Id").asText();
        JsonNode ofTeam =
                server.get(
                                team.json()
                                        .get("Links")
                                        .get("ScopedUserRoles")
                                        .asText()
                                        .replaceAll("\\{.*$", ""))
                        .json();
        assertThat(ofTeam.get("Items").findValuesAsText("Id")).containsExactly(scopedId);
        assertThat(server.get("/api/scopeduserroles/" + scopedId).status()).isEqualTo(200);

        JsonNode me = server.get("/api/users/" + user).json();
        JsonNode teams =
                server.get(me.get("Links").get("Teams").asText().replaceAll("\\{.*$", "")).json();
        assertThat(teams.findValuesAsText("Id")).contains(teamId);
        JsonNode spaces = server.get(me.get("Links").get("Spaces").asText()).json();
        assertThat(spaces.findValuesAsText("Id")).contains("Spaces-1");
        JsonNode permissions =
                server.get(me.get("Links").get("Permissions").asText().replaceAll("\\{.*$", ""))
                        .json();
        assertThat(permissions.get("SpacePermissions").has("EnvironmentView")).isTrue();
        assertThat(
                        permissions
                                .get("SpacePermissions")
                                .get("EnvironmentView")
                                .get(0)
                                .get("SpaceId")
                                .asText())
                .isEqualTo("Spaces-1");
        JsonNode catalogue =
                server.get(me.get("Links").get("PermissionsConfiguration").asText()).json();
        assertThat(catalogue.get("EnvironmentView").get("CanApplyAtSpaceLevel").asBoolean())
                .isTrue();
        assertThat(server.get("/api/permissions/all").json().has("ProjectView")).isTrue();

        assertThat(server.delete("/api/Spaces-1/scopeduserroles/" + scopedId).status())
                .isEqualTo(200);
        assertThat(server.get("/api/scopeduserroles/" + scopedId).status()).isEqualTo(404);
        assertThat(server.delete("/api/Spaces-1/teams/" + teamId).status()).isEqualTo(200);
        assertThat(server.delete("/api/userroles/" + roleId).status()).isEqualTo(200);
    }

    @Test
    void packagesBuildInformationAndApiKeysAreReadAndDeletedByTheirLinks() {
        TestServer.Response upload =
                server.send(
                        Multipart.upload(
                                server.base() + "/api/Spaces-1/packages/raw",
                                TestServer.ADMIN_KEY,
                                Multipart.body("file", "Gone.1.0.0.zip", Multipart.zip("a", "b"))));
        String packageSelf = upload.json().get("Links").get("Self").asText();
        assertThat(server.delete(packageSelf).status()).isIn(200, 204);
        assertThat(server.get(packageSelf).status()).isEqualTo(404);

        TestServer.Response info =
                server.post(
                        "/api/Spaces-1/build-information",
                        Map.of(
                                "PackageId", "Gone",
                                "Version", "1.0.0",
                                "OctopusBuildInformation", Map.of("BuildNumber", "7")));
        assertThat(info.status()).as(info.body()).isIn(200, 201);
        String infoSelf = info.json().get("Links").get("Self").asText();
        assertThat(server.get(infoSelf).json().get("BuildNumber").asText()).isEqualTo("7");
        assertThat(server.delete(infoSelf).status()).isIn(200, 204);
        assertThat(server.get(infoSelf).status()).isEqualTo(404);

        JsonNode key = server.post("/api/users/me/apikeys", Map.of("Purpose", "read me")).json();
        JsonNode read = server.get(key.get("Links").get("Self").asText()).json();
        assertThat(read.get("Purpose").asText()).isEqualTo("read me");
        assertThat(read.toString()).doesNotContain(key.get("ApiKey").asText());
    }

    @Test
    void remainingReadPathsAnswer() {
        String project = HelloProject.create(server);
        HelloProject.push(server, "1.0.0");
        String env =
                server.get("/api/Spaces-1/environments/v2?partialName=dev&take=100&skip=0")
                        .json()
                        .get("Items")
                        .get(0)
                        .get("Id")
                        .asText();
        assertThat(server.get("/api/Spaces-1/environments/" + env).json().get("Name").asText())
                .isEqualTo("Dev");

        JsonNode sets =
                server.get(
                                "/api/Spaces-1/variables?ids=variableset-"
                                        + project
                                        + ",variableset-Projects-999")
                        .json();
        assertThat(sets).hasSize(1);
        assertThat(sets.get(0).get("Id").asText()).isEqualTo("variableset-" + project);

        String releaseId =
                server.post(
                                "/api/Spaces-1/releases/create/v1",
                                Map.of(
                                        "ProjectName",
                                        HelloProject.PROJECT,
                                        "ReleaseVersion",
                                        "1.0.0"))
                        .json()
                        .get("ReleaseId")
                        .asText();
        JsonNode release = server.get("/api/Spaces-1/releases/" + releaseId).json();
        TestServer.Response snapshot =
                server.post(release.get("Links").get("SnapshotVariables").asText(), "{}");
        assertThat(snapshot.status()).as(snapshot.body()).isEqualTo(200);
        assertThat(snapshot.json().get("Id").asText()).isEqualTo(releaseId);

        JsonNode deployed =
                server.post(
                                "/api/Spaces-1/deployments/create/untenanted/v1",
                                Map.of(
                                        "ProjectName",
                                        HelloProject.PROJECT,
                                        "ReleaseVersion",
                                        "1.0.0",
                                        "EnvironmentNames",
                                        List.of("Dev")))
                        .json();
        String task = deployed.get("DeploymentServerTasks").get(0).get("ServerTaskId").asText();
        JsonNode state =
                server.get(
                                server.get("/api/tasks/" + task)
                                        .json()
                                        .get("Links")
                                        .get("State")
                                        .asText())
                        .json();
        assertThat(state.get("Id").asText()).isEqualTo(task);
        assertThat(state.get("State").asText()).isNotBlank();
    }
}

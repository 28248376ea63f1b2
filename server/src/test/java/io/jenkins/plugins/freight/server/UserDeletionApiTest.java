package io.jenkins.plugins.freight.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code DELETE /api/users/{id}} over HTTP: the user's keys answer 401 afterwards, their events
 * still name them; deleting oneself is a 400, the last active administrator a 409, and without
 * {@code UserEdit} a 403, each with the error body and nothing deleted.
 */
class UserDeletionApiTest {

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
    void aDeletedUsersKeyIs401AndTheirEventsRemain() {
        String carol = user("carol");
        String key = key(carol);
        assertThat(server.send("GET", "/api/users/me", null, key).status()).isEqualTo(200);

        TestServer.Response deleted = server.delete("/api/users/" + carol);

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        TestServer.Response refused = server.send("GET", "/api/users/me", null, key);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("ErrorMessage").asText()).isNotBlank();
        assertThat(server.get("/api/users/" + carol).status()).isEqualTo(404);
        assertThat(server.get("/api/users/all").json().findValuesAsText("Id"))
                .doesNotContain(carol);
        JsonNode events = server.get("/api/events?regarding=" + carol).json();
        assertThat(events.get("Items").findValuesAsText("Message"))
                .contains("User carol was created", "User carol was deleted");
        assertThat(server.delete("/api/users/" + carol).status()).isEqualTo(404);
    }

    @Test
    void selfTheLastAdministratorAndCallersWithoutUserEditAreRefused() {
        String admin = server.get("/api/users/me").json().get("Id").asText();
        TestServer.Response self = server.delete("/api/users/" + admin);
        assertThat(self.status()).as(self.body()).isEqualTo(400);
        assertThat(self.json().get("ErrorMessage").asText())
                .isEqualTo("You cannot delete your own user account; ask another administrator.");
        assertThat(self.json().get("Errors").isArray()).isTrue();
        assertThat(server.delete("/api/users/me").status()).isEqualTo(400);

        String plain = user("plain");
        String plainKey = key(plain);
        TestServer.Response forbidden =
                server.send("DELETE", "/api/users/" + admin, null, plainKey);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().get("ErrorMessage").asText()).contains("UserEdit");

        // a user manager (UserEdit, not an administrator) may delete others, not the last admin
        String manager = user("manager");
        String role =
                created(
                        server.post(
                                "/api/userroles",
                                Map.of(
                                        "Name",
                                        "User manager",
                                        "GrantedSystemPermissions",
                                        List.of("UserView", "UserEdit"))));
        String team =
                created(
                        server.post(
                                "/api/teams",
                                Map.of(
                                        "Name",
                                        "User managers",
                                        "MemberUserIds",
                                        List.of(manager))));
        created(server.post("/api/scopeduserroles", Map.of("TeamId", team, "UserRoleId", role)));
        String managerKey = key(manager);
        TestServer.Response last = server.send("DELETE", "/api/users/" + admin, null, managerKey);
        assertThat(last.status()).as(last.body()).isEqualTo(409);
        assertThat(last.json().get("ErrorMessage").asText())
                .isEqualTo(
                        "User admin is the last active system administrator and cannot be deleted;"
                                + " make another user an administrator first.");
        assertThat(server.get("/api/users/me").status()).isEqualTo(200);

        // the same request with X-HTTP-Method-Override, as the .NET client sends it
        TestServer.Response viaOverride =
                server.send(
                        "POST",
                        "/api/users/" + plain,
                        null,
                        managerKey,
                        "X-HTTP-Method-Override",
                        "DELETE");
        assertThat(viaOverride.status()).as(viaOverride.body()).isEqualTo(200);
        assertThat(server.send("GET", "/api/users/me", null, plainKey).status()).isEqualTo(401);
    }

    private static String user(String name) {
        return created(
                server.post(
                        "/api/users",
                        Map.of(
                                "Username",
                                name,
                                "DisplayName",
                                name,
                                "EmailAddress",
                                name + "@example.org")));
    }

    private static String key(String userId) {
        TestServer.Response key =
                server.post("/api/users/" + userId + "/apikeys", Map.of("Purpose", "test"));
        assertThat(key.status()).as(key.body()).isEqualTo(200);
        return key.json().get("ApiKey").asText();
    }

    private static String created(TestServer.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("Id").asText();
    }
}

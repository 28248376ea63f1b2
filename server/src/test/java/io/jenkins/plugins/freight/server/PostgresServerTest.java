package io.jenkins.plugins.freight.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A subset of the API on a real PostgreSQL: the same server, the other database. */
class PostgresServerTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(DatabaseKind.POSTGRESQL);
        TestHandlers.register(server.engine());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void configurationAndPackagesWork() {
        String env =
                ConfigurationApiTest.create(
                        server, "/api/Spaces-1/environments", Map.of("Name", "PG Env"));
        assertThat(
                        server.get("/api/Spaces-1/environments?ids=" + env + ",Environments-999")
                                .json()
                                .get("Items"))
                .hasSize(1);
        String project = ConfigurationApiTest.newProject(server, "PG Project");
        assertThat(server.get("/api/Spaces-1/projects/pg-project").json().get("Id").asText())
                .isEqualTo(project);
        TestServer.Response upload =
                server.send(
                        Multipart.upload(
                                server.base() + "/api/Spaces-1/packages/raw",
                                TestServer.ADMIN_KEY,
                                Multipart.body("file", "Pg.1.0.0.zip", Multipart.zip("a", "b"))));
        assertThat(upload.status()).isEqualTo(201);
        assertThat(server.post("/api/Spaces-1/environments", Map.of("Name", "PG Env")).status())
                .isEqualTo(409);
    }

    @Test
    void tasksAndFollowingWork() {
        ServerTask task = TestHandlers.enqueue(server.engine(), "Test.Echo", "Spaces-1");
        JsonNode done = server.get("/api/tasks/" + task.id() + "/follow?timeout=20&after=0").json();
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () ->
                                server.get("/api/Spaces-1/tasks?ids=" + task.id())
                                        .json()
                                        .get("Items")
                                        .get(0)
                                        .get("IsCompleted")
                                        .asBoolean());
        assertThat(done.get("Version").asLong()).isPositive();
        assertThat(server.get("/api/tasks/" + task.id() + "/raw").body())
                .contains("Hello from the echo step");
    }

    @Test
    void apiKeysWork() {
        JsonNode key = server.post("/api/users/me/apikeys", Map.of("Purpose", "pg")).json();
        assertThat(server.send("GET", "/api/users/me", null, key.get("ApiKey").asText()).status())
                .isEqualTo(200);
        assertThat(server.get("/api").json().get("InstallationId").asText()).isNotBlank();
    }
}

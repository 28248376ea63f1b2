package io.jenkins.plugins.freight.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jenkins.plugins.freight.engine.storage.DatabaseSettings;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import io.jenkins.plugins.freight.engine.testing.PostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The operations endpoints against the real server: {@code /metrics} reports the task queue depth,
 * the running tasks and the request latency histogram as they change; {@code /health} turns
 * Unhealthy (503, promptly) while the PostgreSQL database refuses connections and Healthy again
 * when it is back, without revealing anything about the database.
 */
class OpsEndpointsTest {

    @Test
    void metricsFollowTheQueueTheRunningTasksAndTheRequests() {
        try (TestServer server = TestServer.start(DatabaseKind.H2)) {
            TestHandlers.register(server.engine());
            String before = server.send("GET", "/metrics", null, null).body();
            assertThat(gauge(before, "freight_tasks_queued")).isZero();
            assertThat(gauge(before, "freight_tasks_executing")).isZero();
            assertThat(gauge(before, "freight_tasks_running_on_node")).isZero();

            // a task no node runs stays queued; the other runs until canceled
            TestHandlers.enqueue(server.engine(), "Test.NoHandlerHere", "Spaces-1");
            ServerTask gated =
                    TestHandlers.enqueue(server.engine(), "Test.UntilCanceled", "Spaces-1");
            await().atMost(Duration.ofSeconds(30))
                    .until(
                            () ->
                                    gauge(
                                                    server.send("GET", "/metrics", null, null)
                                                            .body(),
                                                    "freight_tasks_running_on_node")
                                            == 1);
            String during = server.send("GET", "/metrics", null, null).body();
            assertThat(gauge(during, "freight_tasks_queued")).isEqualTo(1);
            assertThat(gauge(during, "freight_tasks_executing")).isEqualTo(1);

            assertThat(server.post("/api/tasks/" + gated.id() + "/cancel", "{}").status())
                    .isEqualTo(200);
            await().atMost(Duration.ofSeconds(30))
                    .until(
                            () ->
                                    server.get("/api/tasks/" + gated.id())
                                            .json()
                                            .get("IsCompleted")
                                            .asBoolean());
            await().atMost(Duration.ofSeconds(10))
                    .until(
                            () ->
                                    gauge(
                                                    server.send("GET", "/metrics", null, null)
                                                            .body(),
                                                    "freight_tasks_executing")
                                            == 0);

            long requestsBefore = counter(server, "freight_http_request_duration_seconds_count");
            for (int i = 0; i < 5; i++) {
                server.get("/api/users/me");
            }
            server.get("/api/no-such-thing");
            String after = server.send("GET", "/metrics", null, null).body();
            assertThat(gauge(after, "freight_http_request_duration_seconds_count"))
                    .isGreaterThanOrEqualTo(requestsBefore + 6);
            assertThat(after)
                    .contains("# TYPE freight_http_request_duration_seconds histogram")
                    .contains("freight_http_request_duration_seconds_bucket{le=\"0.005\"}")
                    .contains("freight_http_requests_total{status=\"4xx\"}")
                    .doesNotContain(TestServer.ADMIN_KEY);
        }
    }

    @Test
    void healthIsUnhealthyPromptlyWhileTheDatabaseRefusesConnections() throws Exception {
        DatabaseSettings settings = DatabaseKind.POSTGRESQL.newSettings();
        String database = settings.jdbcUrl().substring(settings.jdbcUrl().lastIndexOf('/') + 1);
        PostgresServer postgres = PostgresServer.get();
        String adminUrl = settings.jdbcUrl().substring(0, settings.jdbcUrl().lastIndexOf('/') + 1);
        try (TestServer server = TestServer.start(settings, "")) {
            assertThat(server.send("GET", "/health", null, null).status()).isEqualTo(200);
            try (Connection c =
                            DriverManager.getConnection(
                                    adminUrl + "postgres", postgres.user(), postgres.password());
                    Statement s = c.createStatement()) {
                s.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
                s.execute(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                                + database
                                + "'");
                long started = System.nanoTime();
                TestServer.Response down = server.send("GET", "/health", null, null);
                long millis = (System.nanoTime() - started) / 1_000_000;
                assertThat(down.status()).isEqualTo(503);
                assertThat(down.json().get("Status").asText()).isEqualTo("Unhealthy");
                assertThat(down.json().get("Database").asText()).isEqualTo("Down");
                assertThat(down.body()).doesNotContain(database).doesNotContain("jdbc");
                assertThat(millis).as("answered while the pool waits").isLessThan(10_000);

                s.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
            }
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> server.send("GET", "/health", null, null).status() == 200);
        }
    }

    private static long counter(TestServer server, String name) {
        return gauge(server.send("GET", "/metrics", null, null).body(), name);
    }

    private static long gauge(String scrape, String name) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + " (\\S+)$").matcher(scrape);
        assertThat(m.find()).as(name + " in\n" + scrape).isTrue();
        return (long) Double.parseDouble(m.group(1));
    }
}

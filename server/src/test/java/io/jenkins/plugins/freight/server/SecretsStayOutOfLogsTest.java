package io.jenkins.plugins.freight.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import io.jenkins.plugins.freight.server.ops.RequestLog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** No API key ever reaches the server's log, a response other than its creation, or an error. */
class SecretsStayOutOfLogsTest {

    @Test
    void apiKeysInHeadersQueriesAndBodiesNeverReachTheLog() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        String created;
        try (TestServer server = TestServer.start(DatabaseKind.H2)) {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            server.send("GET", "/api/users/me?apikey=" + TestServer.ADMIN_KEY, null, null);
            server.send("GET", "/api/users/me?ApiKey=" + TestServer.ADMIN_KEY, null, null);
            server.send(
                    "GET",
                    "/api/users/me",
                    null,
                    null,
                    "Authorization",
                    "Bearer " + TestServer.ADMIN_KEY);
            server.get("/api/users/me");
            JsonNode key = server.post("/api/users/me/apikeys", Map.of("Purpose", "ci")).json();
            created = key.get("ApiKey").asText();
            server.send("GET", "/api/users/me", null, created);
            server.send("GET", "/api/users/me", null, "API-NOTAVALIDKEYNOTAVALIDKEY0001");
            String list = server.get("/api/users/me/apikeys").body();
            assertThat(list).doesNotContain(created).doesNotContain(TestServer.ADMIN_KEY);
            server.post("/api/users", "{\"Username\": \"" + TestServer.ADMIN_KEY + "\", ");
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("/api/users/me").contains("apikey=***");
        assertThat(log)
                .doesNotContain(TestServer.ADMIN_KEY)
                .doesNotContain(created)
                .doesNotContain("API-NOTAVALIDKEYNOTAVALIDKEY0001");
    }

    @Test
    void redactionCoversEncodedAndMixedCaseParameterNames() {
        assertThat(RequestLog.redactedQuery("a=1&apikey=API-X&b=2"))
                .isEqualTo("?a=1&apikey=***&b=2");
        assertThat(RequestLog.redactedQuery("APIKEY=API-X")).isEqualTo("?APIKEY=***");
        assertThat(RequestLog.redactedQuery("ap%69key=API-X")).isEqualTo("?ap%69key=***");
        assertThat(RequestLog.redactedQuery("x=%zz&apikey=API-X")).doesNotContain("API-X");
        assertThat(RequestLog.redactedQuery(null)).isEmpty();
    }
}

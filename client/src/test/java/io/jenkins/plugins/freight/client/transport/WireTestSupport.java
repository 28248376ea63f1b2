package io.jenkins.plugins.freight.client.transport;

import io.jenkins.plugins.freight.client.ConnectionSettings;
import io.jenkins.plugins.freight.client.RetryPolicy;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** Helpers for the wire-level tests against a local MockWebServer. */
final class WireTestSupport {

    static final String API_KEY = "API-WIRETESTKEY0123456789ABCD";

    static final String ROOT =
            """
            {"Application":"Octopus Deploy","Version":"2024.1.5512","ApiVersion":"3.0.0",
             "InstallationId":"x","Links":{"Self":"/api","Spaces":"/api/spaces{/id}{?skip,take}"}}
            """;

    static final String SPACES =
            """
            [{"Id":"Spaces-1","Name":"Default","IsDefault":true,"Links":{}},
             {"Id":"Spaces-2","Name":"Ops","IsDefault":false,"Links":{}}]
            """;

    private WireTestSupport() {}

    /** Fast retries so the tests stay quick: 4 attempts, 10–40 ms apart. */
    static ConnectionSettings settings(MockWebServer server) {
        return ConnectionSettings.of(server.url("/").toString(), API_KEY)
                .withRetry(new RetryPolicy(4, Duration.ofMillis(10), Duration.ofMillis(40)))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .setHeader("Content-Type", "application/json; charset=utf-8")
                .body(body)
                .build();
    }

    static MockResponse json(String body) {
        return json(200, body);
    }
}

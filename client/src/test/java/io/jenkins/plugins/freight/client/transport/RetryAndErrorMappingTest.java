package io.jenkins.plugins.freight.client.transport;

import static io.jenkins.plugins.freight.client.transport.WireTestSupport.API_KEY;
import static io.jenkins.plugins.freight.client.transport.WireTestSupport.ROOT;
import static io.jenkins.plugins.freight.client.transport.WireTestSupport.json;
import static io.jenkins.plugins.freight.client.transport.WireTestSupport.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.client.ConnectionSettings;
import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.discovery.RootDocument;
import io.jenkins.plugins.freight.client.error.AuthenticationException;
import io.jenkins.plugins.freight.client.error.NetworkException;
import io.jenkins.plugins.freight.client.error.RequestRejectedException;
import io.jenkins.plugins.freight.client.error.ServerErrorException;
import io.jenkins.plugins.freight.client.error.UnexpectedResponseException;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Wire-level behaviour a real server cannot easily produce on demand: 503s, dropped connections,
 * slow answers, malformed bodies, error texts.
 */
class RetryAndErrorMappingTest {

    private MockWebServer server;
    private final List<String> requestLog = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private FreightClient client() {
        return FreightClient.create(settings(server), requestLog::add);
    }

    @Test
    void getIsRetriedOnServiceUnavailableUntilItSucceeds() {
        server.enqueue(json(503, "{\"ErrorMessage\":\"starting\"}"));
        server.enqueue(json(503, "{\"ErrorMessage\":\"starting\"}"));
        server.enqueue(json(ROOT));
        try (FreightClient client = client()) {
            RootDocument root = client.root();
            assertThat(root.version()).isEqualTo("2024.1.5512");
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void getGivesUpAfterTheLastAttemptWithTheServersMessage() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(json(502, "{\"ErrorMessage\":\"Bad gateway upstream\"}"));
        }
        try (FreightClient client = client()) {
            assertThatThrownBy(client::root)
                    .isInstanceOf(ServerErrorException.class)
                    .hasMessageContaining("HTTP 502")
                    .hasMessageContaining("Bad gateway upstream");
        }
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void tooManyRequestsIsRetried() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "0").build());
        server.enqueue(json(ROOT));
        try (FreightClient client = client()) {
            assertThat(client.root().apiVersion()).isEqualTo("3.0.0");
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void requestTimeoutIsRetried() {
        server.enqueue(json(408, "{\"ErrorMessage\":\"took too long\"}"));
        server.enqueue(json(ROOT));
        try (FreightClient client = client()) {
            assertThat(client.root().apiVersion()).isEqualTo("3.0.0");
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void putIsRetriedOnAServerErrorBecauseRepeatingItChangesNothing() throws InterruptedException {
        server.enqueue(json(500, "{\"ErrorMessage\":\"deadlock\"}"));
        server.enqueue(json(504, "{\"ErrorMessage\":\"gateway timeout\"}"));
        server.enqueue(json("{\"Id\":\"Projects-1\"}"));
        try (Transport transport = Transport.create(settings(server), requestLog::add)) {
            transport.put(
                    transport.url("api", "Spaces-1", "projects", "Projects-1"),
                    java.util.Map.of("Name", "Quotes"),
                    com.fasterxml.jackson.databind.JsonNode.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            var request = server.takeRequest();
            assertThat(request.getMethod()).isEqualTo("PUT");
            assertThat(request.getBody().utf8()).isEqualTo("{\"Name\":\"Quotes\"}");
        }
    }

    @Test
    void notImplementedIsNotRetriedBecauseItWillNotHeal() {
        server.enqueue(json(501, "{\"ErrorMessage\":\"not here\"}"));
        server.enqueue(json(ROOT));
        try (FreightClient client = client()) {
            assertThatThrownBy(client::root).hasMessageContaining("HTTP 501");
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aKeyEchoedInAnyErrorNeverReachesTheMessageOrToString() {
        for (int code : new int[] {400, 403, 404, 409, 422, 500}) {
            server.enqueue(
                    json(
                            code,
                            "{\"ErrorMessage\":\"Bad key "
                                    + API_KEY
                                    + "\",\"Errors\":[\""
                                    + API_KEY
                                    + "\"]}"));
        }
        ConnectionSettings settings =
                settings(server).withRetry(io.jenkins.plugins.freight.client.RetryPolicy.none());
        try (Transport transport = Transport.create(settings, requestLog::add)) {
            for (int i = 0; i < 6; i++) {
                assertThatThrownBy(
                                () ->
                                        transport.get(
                                                transport.url("api", "x"),
                                                com.fasterxml.jackson.databind.JsonNode.class))
                        .satisfies(
                                e -> {
                                    assertThat(e.getMessage())
                                            .doesNotContain(API_KEY)
                                            .contains("Bad key ****");
                                    assertThat(e.toString()).doesNotContain(API_KEY);
                                });
            }
            assertThat(transport.toString()).doesNotContain(API_KEY);
        }
        assertThat(requestLog).noneMatch(line -> line.contains(API_KEY));
    }

    @Test
    void postIsNeverRepeatedAfterAServerError() {
        server.enqueue(json(503, "{\"ErrorMessage\":\"busy\"}"));
        try (Transport transport = Transport.create(settings(server), requestLog::add)) {
            assertThatThrownBy(
                            () ->
                                    transport.post(
                                            transport.url(
                                                    "api", "Spaces-1", "releases", "create", "v1"),
                                            java.util.Map.of("ProjectName", "p"),
                                            Void.class))
                    .isInstanceOf(ServerErrorException.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void postIsNotRepeatedWhenTheConnectionDropsAfterItWasSent() {
        server.enqueue(
                new MockResponse.Builder()
                        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
                        .build());
        server.enqueue(json("{}"));
        try (Transport transport = Transport.create(settings(server), requestLog::add)) {
            assertThatThrownBy(
                            () ->
                                    transport.post(
                                            transport.url(
                                                    "api", "Spaces-1", "releases", "create", "v1"),
                                            java.util.Map.of("ProjectName", "p"),
                                            Void.class))
                    .isInstanceOf(NetworkException.class)
                    .hasMessageContaining("POST /api/Spaces-1/releases/create/v1");
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void getIsRepeatedWhenTheConnectionDropsBeforeTheAnswer() {
        server.enqueue(
                new MockResponse.Builder()
                        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
                        .build());
        server.enqueue(json(ROOT));
        try (FreightClient client = client()) {
            assertThat(client.root().version()).isEqualTo("2024.1.5512");
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void postIsRetriedWhenTheConnectionWasRefusedBeforeSending() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ConnectionSettings settings =
                settings(server)
                        .withRetry(
                                new io.jenkins.plugins.freight.client.RetryPolicy(
                                        3, Duration.ofMillis(5), Duration.ofMillis(10)));
        settings =
                new ConnectionSettings(
                        java.net.URI.create("http://127.0.0.1:" + closedPort),
                        API_KEY,
                        null,
                        settings.connectTimeout(),
                        settings.readTimeout(),
                        null,
                        settings.tls(),
                        settings.retry(),
                        "test");
        try (Transport transport = Transport.create(settings, requestLog::add)) {
            assertThatThrownBy(() -> transport.post(transport.url("api", "x"), null, Void.class))
                    .isInstanceOf(NetworkException.class)
                    .hasMessageContaining(
                            "Could not connect to the server at http://127.0.0.1:" + closedPort);
        }
        assertThat(requestLog).hasSize(3).allMatch(line -> line.startsWith("POST "));
    }

    @Test
    void aSlowAnswerBecomesANetworkErrorAfterTheReadTimeout() {
        for (int i = 0; i < 2; i++) {
            server.enqueue(
                    new MockResponse.Builder()
                            .headersDelay(2, TimeUnit.SECONDS)
                            .body(ROOT)
                            .build());
        }
        ConnectionSettings settings =
                settings(server)
                        .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(200))
                        .withRetry(
                                new io.jenkins.plugins.freight.client.RetryPolicy(
                                        2, Duration.ofMillis(5), Duration.ofMillis(5)));
        try (FreightClient client = FreightClient.create(settings)) {
            assertThatThrownBy(client::root)
                    .isInstanceOf(NetworkException.class)
                    .hasMessageContaining("did not answer GET /api in time");
        }
    }

    @Test
    void malformedJsonIsReportedAsAnUnexpectedAnswer() {
        server.enqueue(json("{\"Application\": \"Octopus\", \"Version\": "));
        try (FreightClient client = client()) {
            assertThatThrownBy(client::root)
                    .isInstanceOf(UnexpectedResponseException.class)
                    .hasMessageStartingWith(
                            "The server's answer to GET /api is not what a Freight or Octopus server sends");
        }
    }

    @Test
    void anHtmlPageAtTheApiAddressPointsAtTheServerUrl() {
        server.enqueue(
                new MockResponse.Builder()
                        .setHeader("Content-Type", "text/html")
                        .body("<html><body>Welcome to nginx</body></html>")
                        .build());
        try (FreightClient client = client()) {
            assertThatThrownBy(client::root)
                    .isInstanceOf(UnexpectedResponseException.class)
                    .hasMessageContaining("HTML page; check the server URL");
        }
    }

    @Test
    void anOldOctopusServerIsRefusedWithItsVersion() {
        server.enqueue(
                json(
                        "{\"Application\":\"Octopus Deploy\",\"Version\":\"2020.6.4671\",\"ApiVersion\":\"3.0.0\"}"));
        try (FreightClient client = client()) {
            assertThatThrownBy(client::root)
                    .isInstanceOf(UnexpectedResponseException.class)
                    .hasMessageContaining("2020.6.4671")
                    .hasMessageContaining("2022.3 or newer");
        }
    }

    @Test
    void unauthorizedCarriesTheServersMessageWithTheKeyMasked() {
        server.enqueue(
                json(
                        401,
                        "{\"ErrorMessage\":\"You must be logged in. Key "
                                + API_KEY
                                + " is invalid.\",\"Errors\":[\"Key "
                                + API_KEY
                                + " expired\"]}"));
        try (FreightClient client = client()) {
            assertThatThrownBy(client::root)
                    .isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("did not accept the API key (HTTP 401)")
                    .hasMessageContaining("You must be logged in. Key **** is invalid.")
                    .hasMessageNotContaining(API_KEY)
                    .satisfies(
                            e ->
                                    assertThat(((AuthenticationException) e).serverErrors())
                                            .containsExactly("Key **** expired"));
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void plainTextErrorBodiesAreQuoted() {
        server.enqueue(
                new MockResponse.Builder()
                        .code(403)
                        .setHeader("Content-Type", "text/plain")
                        .body("Forbidden by policy\n")
                        .build());
        try (FreightClient client = client()) {
            assertThatThrownBy(client::root)
                    .isInstanceOf(AuthenticationException.class)
                    .hasMessage(
                            "The API key's user is not allowed to GET /api (HTTP 403). Server says:"
                                    + " Forbidden by policy");
        }
    }

    @Test
    void validationErrorsListEveryErrorTheServerGave() {
        server.enqueue(
                json(
                        400,
                        "{\"ErrorMessage\":\"There was a problem with your request.\","
                                + "\"Errors\":[\"Version is required\",\"Channel rules broken\"]}"));
        try (Transport transport = Transport.create(settings(server), null)) {
            assertThatThrownBy(() -> transport.post(transport.url("api", "x"), null, Void.class))
                    .isInstanceOf(RequestRejectedException.class)
                    .hasMessage(
                            "The server rejected POST /api/x (HTTP 400). Server says: There was a"
                                    + " problem with your request. Errors: Version is required;"
                                    + " Channel rules broken");
        }
    }

    @Test
    void theApiKeyTravelsOnlyInItsHeader() throws InterruptedException {
        server.enqueue(json(ROOT));
        ConnectionSettings settings = settings(server);
        try (FreightClient client = FreightClient.create(settings, requestLog::add)) {
            client.root();
            assertThat(client.toString()).doesNotContain(API_KEY);
        }
        var recorded = server.takeRequest();
        assertThat(recorded.getHeaders().get(Transport.API_KEY_HEADER)).isEqualTo(API_KEY);
        assertThat(recorded.getUrl().toString()).doesNotContain(API_KEY);
        assertThat(requestLog).isNotEmpty().noneMatch(line -> line.contains(API_KEY));
        assertThat(settings.toString()).doesNotContain(API_KEY).contains("apiKey=****");
    }

    @Test
    void aTrailingApiInTheServerUrlIsIgnored() throws InterruptedException {
        server.enqueue(json(ROOT));
        ConnectionSettings settings = settings(server).withApiKey(API_KEY);
        settings =
                new ConnectionSettings(
                        java.net.URI.create(server.url("/api/").toString()),
                        API_KEY,
                        null,
                        settings.connectTimeout(),
                        settings.readTimeout(),
                        null,
                        settings.tls(),
                        settings.retry(),
                        "test");
        try (FreightClient client = FreightClient.create(settings)) {
            client.root();
        }
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/api");
    }
}

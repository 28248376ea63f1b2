package io.jenkins.plugins.freight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.freight.cli.server.HostSettings;
import io.jenkins.plugins.freight.cli.server.StandaloneServer;
import io.jenkins.plugins.freight.engine.EngineSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The real standalone server (engine + servlets on Jetty) on loopback, with a small JSON helper for
 * setting up configuration over the REST API as any client would. It can be stopped and started
 * again on the same port and data directory.
 */
final class LoopbackServer implements AutoCloseable {

    static final String ADMIN_KEY = "API-CLIENTENDTOENDTEST000000001";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dataDir;
    private final HttpClient http = HttpClient.newHttpClient();
    private StandaloneServer server;
    private int port;

    private LoopbackServer(Path dataDir) {
        this.dataDir = dataDir;
    }

    static LoopbackServer start(Path dataDir) throws Exception {
        LoopbackServer loopback = new LoopbackServer(dataDir);
        loopback.open(0);
        return loopback;
    }

    private void open(int wantedPort) throws Exception {
        server =
                StandaloneServer.start(
                        EngineSettings.defaults(dataDir)
                                .withLease(Duration.ofSeconds(3), Duration.ofSeconds(1)),
                        new HostSettings("127.0.0.1", wantedPort, "/", null, Duration.ofSeconds(1)),
                        ADMIN_KEY);
        port = server.port();
    }

    /** Stops Jetty and the engine. */
    void stop() throws Exception {
        if (server != null) {
            StandaloneServer stopping = server;
            server = null;
            try {
                stopping.close();
            } catch (java.util.concurrent.TimeoutException graceful) {
                // Jetty stopped after its grace period ran out (an idle keep-alive connection of
                // this helper's HTTP client); the engine was closed all the same.
            }
        }
    }

    /** Starts again on the same port and data directory. */
    void startAgain() throws Exception {
        open(port);
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The answer's JSON; fails on anything but 2xx. */
    JsonNode get(String path) {
        return send("GET", path, null);
    }

    JsonNode post(String path, Object body) {
        return send("POST", path, body);
    }

    JsonNode put(String path, Object body) {
        return send("PUT", path, body);
    }

    /** Creates a resource; answers its id. */
    String create(String path, Object body) {
        return post(path, body).get("Id").asText();
    }

    private JsonNode send(String method, String path, Object body) {
        try {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(url() + path))
                            .header("X-Octopus-ApiKey", ADMIN_KEY)
                            .header("Accept", "application/json")
                            .timeout(Duration.ofSeconds(30));
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(
                                method,
                                HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> response =
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new AssertionError(
                        method
                                + " "
                                + path
                                + " answered "
                                + response.statusCode()
                                + ": "
                                + response.body());
            }
            return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        stop();
    }
}

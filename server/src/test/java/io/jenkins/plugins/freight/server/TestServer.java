package io.jenkins.plugins.freight.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.EngineSettings;
import io.jenkins.plugins.freight.engine.storage.DatabaseSettings;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The real server for tests: an engine on a real database, the servlet on Jetty on a loopback port
 * the OS picks, and an administrator with a known API key. Requests are plain HTTP.
 */
public final class TestServer implements AutoCloseable {

    public static final String ADMIN_KEY = "API-TESTADMINKEYTESTADMINKEY0001";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dataDir;
    private final Engine engine;
    private final Server jetty;
    private final String base;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(Path dataDir, Engine engine, Server jetty, String base) {
        this.dataDir = dataDir;
        this.engine = engine;
        this.jetty = jetty;
        this.base = base;
    }

    public static TestServer start(DatabaseKind kind) {
        return start(kind, "");
    }

    /** A server whose servlet is mounted under {@code contextPath} ("" for the root). */
    public static TestServer start(DatabaseKind kind, String contextPath) {
        return start(kind.newSettings(), contextPath);
    }

    /** A server over an existing database (to test what survives a restart). */
    public static TestServer start(DatabaseSettings database, String contextPath) {
        try {
            Path dataDir = Files.createTempDirectory("freight-server-test");
            Engine engine =
                    Engine.open(
                            EngineSettings.defaults(dataDir)
                                    .withDatabase(database)
                                    .withNodeName("test-node"));
            engine.identity().bootstrapAdministrator(ADMIN_KEY);
            engine.start();
            Server jetty = new Server(new InetSocketAddress("127.0.0.1", 0));
            ServletContextHandler context =
                    new ServletContextHandler(contextPath.isEmpty() ? "/" : contextPath);
            context.addServlet(
                    new ServletHolder(
                            FreightApplication.servlet(engine, ServerSettings.defaults())),
                    "/*");
            jetty.setHandler(context);
            jetty.start();
            int port = ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
            return new TestServer(dataDir, engine, jetty, "http://127.0.0.1:" + port + contextPath);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the test server", e);
        }
    }

    public Engine engine() {
        return engine;
    }

    /** The server's address including the mount point, without a trailing slash. */
    public String base() {
        return base;
    }

    public Response get(String path) {
        return send("GET", path, null, ADMIN_KEY);
    }

    public Response post(String path, Object body) {
        return send("POST", path, body, ADMIN_KEY);
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body, ADMIN_KEY);
    }

    public Response delete(String path) {
        return send("DELETE", path, null, ADMIN_KEY);
    }

    /**
     * Sends a request; {@code body} may be null, a String (sent as is) or an object (as JSON);
     * {@code apiKey} may be null (anonymous).
     */
    public Response send(
            String method, String path, Object body, String apiKey, String... headers) {
        try {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
            if (apiKey != null) {
                request.header("X-Octopus-ApiKey", apiKey);
            }
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            String text =
                    body == null
                            ? null
                            : body instanceof String s ? s : JSON.writeValueAsString(body);
            if (text != null) {
                request.header("Content-Type", "application/json");
            }
            request.method(
                    method,
                    text == null
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(text));
            return send(request.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Response send(HttpRequest request) {
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpClient http() {
        return http;
    }

    @Override
    public void close() {
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            engine.close();
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary directory; the OS cleans it eventually
            }
        }
    }

    /** A response: status, body text, headers, and the body as JSON. */
    public record Response(int status, String body, HttpHeaders headers) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON (" + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }
}

package io.jenkins.plugins.freight.plugin.embedded;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The embedded engine as Jenkins hosts it, without Jenkins: a real engine under a temporary
 * "JENKINS_HOME/freight", its servlet reached through {@link EmbeddedDispatcher} at {@code
 * /jenkins/freight/} on a loopback port. The Jenkins identity of a request comes from the test
 * header {@code X-Test-User: alice:admin} or {@code bob:reader} (none: anonymous).
 */
public final class EmbeddedHarness implements AutoCloseable {

    /** A stand-in for Jenkins' Secret encryption: reversible, and not the plain text. */
    static final UnaryOperator<String> SEAL = s -> new StringBuilder(s).reverse().toString();

    final Path home;
    public final EmbeddedEngine engine;
    final Server jetty;
    public final String baseUrl;

    private EmbeddedHarness(Path home, EmbeddedEngine engine, Server jetty, String baseUrl) {
        this.home = home;
        this.engine = engine;
        this.jetty = jetty;
        this.baseUrl = baseUrl;
    }

    /** As Jenkins starts it: steps on the server as the system property says (off when unset). */
    static EmbeddedHarness start(Path home) throws Exception {
        Path data = home.resolve("freight");
        return mount(home, EmbeddedEngine.start(data, keys(data)));
    }

    /** With {@code runOnServer}, steps marked "run on the server" run in this JVM's host. */
    public static EmbeddedHarness start(Path home, boolean runOnServer) throws Exception {
        Path data = home.resolve("freight");
        return mount(home, EmbeddedEngine.start(data, keys(data), runOnServer));
    }

    private static PluginKeyStore keys(Path data) {
        return new PluginKeyStore(data.resolve("plugin-key"), SEAL, SEAL);
    }

    private static EmbeddedHarness mount(Path home, EmbeddedEngine engine) throws Exception {
        EmbeddedDispatcher dispatcher =
                new EmbeddedDispatcher(engine.servlet(), engine.users(), "/freight");
        Server jetty = new Server(new InetSocketAddress("127.0.0.1", 0));
        ServletContextHandler context = new ServletContextHandler("/jenkins");
        context.addServlet(
                new ServletHolder(
                        new HttpServlet() {
                            @Override
                            protected void service(HttpServletRequest req, HttpServletResponse resp)
                                    throws IOException, jakarta.servlet.ServletException {
                                dispatcher.dispatch(
                                        req, resp, identity(req.getHeader("X-Test-User")));
                            }
                        }),
                "/freight/*");
        jetty.setHandler(context);
        jetty.start();
        int port = ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
        return new EmbeddedHarness(
                home, engine, jetty, "http://127.0.0.1:" + port + "/jenkins/freight");
    }

    private static JenkinsIdentity identity(String header) {
        if (header == null) {
            return JenkinsIdentity.anonymous(false);
        }
        String[] parts = header.split(":");
        boolean admin = parts[1].equals("admin");
        return new JenkinsIdentity(parts[0], parts[0].toUpperCase(), admin, true);
    }

    @Override
    public void close() throws Exception {
        try {
            jetty.stop();
        } finally {
            engine.close();
        }
    }

    public static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}

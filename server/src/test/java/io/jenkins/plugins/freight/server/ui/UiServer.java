package io.jenkins.plugins.freight.server.ui;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.EngineSettings;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.User;
import io.jenkins.plugins.freight.engine.security.UserDetails;
import io.jenkins.plugins.freight.engine.storage.DatabaseSettings;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import io.jenkins.plugins.freight.server.FreightApplication;
import io.jenkins.plugins.freight.server.ServerSettings;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The real server for UI tests: an engine (steps may run on the server) on a real database, the
 * Freight servlet on Jetty on a loopback port, mounted at a context path, with an administrator.
 */
final class UiServer implements AutoCloseable {

    static final String ADMIN_KEY = "API-UITESTADMINKEYUITESTADMINKEY01";
    static final String ADMIN_PASSWORD = "admin-password-for-ui-tests";

    private final Path dataDir;
    private final boolean ownsDataDir;
    private final Engine engine;
    private final Server jetty;
    private final String origin;
    private final String contextPath;
    private final Caller admin;

    private UiServer(
            Path dataDir,
            boolean ownsDataDir,
            Engine engine,
            Server jetty,
            String origin,
            String contextPath,
            Caller admin) {
        this.dataDir = dataDir;
        this.ownsDataDir = ownsDataDir;
        this.engine = engine;
        this.jetty = jetty;
        this.origin = origin;
        this.contextPath = contextPath;
        this.admin = admin;
    }

    static UiServer start(DatabaseKind kind, String contextPath) {
        try {
            Path dataDir = Files.createTempDirectory("freight-ui-test");
            return start(kind.newSettings(), dataDir, true, "ui-test", contextPath);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the UI test server", e);
        }
    }

    /**
     * One node of a cluster, or a server started again: over a database and a data directory (with
     * its {@code secret.key}) that the test owns and that outlive this server.
     */
    static UiServer node(DatabaseSettings database, Path dataDir, String nodeName) {
        return start(database, dataDir, false, nodeName, "");
    }

    private static UiServer start(
            DatabaseSettings database,
            Path dataDir,
            boolean ownsDataDir,
            String nodeName,
            String contextPath) {
        try {
            Engine engine =
                    Engine.open(
                            EngineSettings.defaults(dataDir)
                                    .withDatabase(database)
                                    .withNodeName(nodeName)
                                    .withRunOnServer(true)
                                    .withTaskCap(4));
            User admin = engine.identity().bootstrapAdministrator(ADMIN_KEY);
            Caller adminCaller = new Caller(admin.id(), admin.username(), Caller.Via.API_KEY, null);
            engine.security().signIn().setPassword(adminCaller, admin.id(), ADMIN_PASSWORD);
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
            return new UiServer(
                    dataDir,
                    ownsDataDir,
                    engine,
                    jetty,
                    "http://127.0.0.1:" + port,
                    contextPath,
                    new Caller(admin.id(), admin.username(), Caller.Via.API_KEY, null));
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the UI test server", e);
        }
    }

    Engine engine() {
        return engine;
    }

    /** The administrator, for setting things up through the engine. */
    Caller admin() {
        return admin;
    }

    /** {@code http://127.0.0.1:PORT} */
    String origin() {
        return origin;
    }

    /** The UI's address, e.g. {@code http://127.0.0.1:PORT/jenkins/freight/app}. */
    String app() {
        return origin + contextPath + "/app";
    }

    /** The UI's path on the server, e.g. {@code /jenkins/freight/app}. */
    String appPath() {
        return contextPath + "/app";
    }

    /** Creates an administrator and returns the password they sign in with. */
    String createUser(String username, String displayName) {
        User user = createUserWithoutRoles(username, displayName);
        // the web UI tests act as people who may do everything: make them administrators
        var teams = engine.security().teams();
        var admins =
                teams.get(
                        io.jenkins.plugins.freight.engine.security.Caller.system(),
                        io.jenkins.plugins.freight.engine.security.Team.ADMINISTRATORS);
        var members = new java.util.ArrayList<>(admins.memberUserIds());
        members.add(user.id());
        teams.update(
                io.jenkins.plugins.freight.engine.security.Caller.system(),
                admins.id(),
                new io.jenkins.plugins.freight.engine.security.TeamDetails(
                        admins.name(), admins.description(), null, members));
        return password(username);
    }

    /**
     * Creates a user who is only in Everyone (so holds no roles until a test gives them some); the
     * password is {@link #password(String)}.
     */
    User createUserWithoutRoles(String username, String displayName) {
        User user =
                engine.identity()
                        .createUser(
                                admin,
                                new UserDetails(
                                        username,
                                        displayName,
                                        username + "@example.org",
                                        true,
                                        false));
        engine.security().signIn().setPassword(admin, user.id(), password(username));
        return user;
    }

    /** The password of a user the tests created. */
    static String password(String username) {
        return username + "-secret-password";
    }

    @Override
    public void close() {
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            engine.close();
            if (ownsDataDir) {
                deleteDataDir();
            }
        }
    }

    private void deleteDataDir() {
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory; the OS cleans it eventually
        }
    }
}

package io.jenkins.plugins.freight.plugin.embedded;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.EngineSettings;
import io.jenkins.plugins.freight.plugin.Messages;
import io.jenkins.plugins.freight.server.FreightApplication;
import io.jenkins.plugins.freight.server.FreightServlet;
import io.jenkins.plugins.freight.server.ServerSettings;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The deployment engine running inside Jenkins: its data under {@code $JENKINS_HOME/freight}, the
 * servlet Jenkins mounts at {@code /freight/}, and two API keys kept sealed by {@link
 * PluginKeyStore}: the plugin's own administrator key, for the plugin alone, and the key of the
 * {@link BuildsAccount} that builds without a credential use. Started once after Jenkins has loaded
 * its jobs and closed when Jenkins stops; a second {@link #close} does nothing.
 */
public final class EmbeddedEngine implements AutoCloseable {

    private final Engine engine;
    private final FreightServlet servlet;
    private final String pluginApiKey;
    private final String buildsApiKey;
    private final JenkinsUsers users;
    private boolean closed;

    private EmbeddedEngine(
            Engine engine,
            FreightServlet servlet,
            String pluginApiKey,
            String buildsApiKey,
            JenkinsUsers users) {
        this.engine = engine;
        this.servlet = servlet;
        this.pluginApiKey = pluginApiKey;
        this.buildsApiKey = buildsApiKey;
        this.users = users;
    }

    /** The file beside the plugin's key that holds the builds' key, sealed the same way. */
    public static final String BUILDS_KEY_FILE = "builds-key";

    /**
     * The system property that lets deployment steps marked "run on the server" run on the Jenkins
     * controller itself ({@code -D<name>=true} on the controller's JVM); off by default.
     */
    public static final String RUN_ON_SERVER_PROPERTY =
            EmbeddedEngine.class.getName() + ".runOnServer";

    /**
     * Opens (migrating) the database under {@code dataDir}, makes sure the plugin's administrator
     * key exists, creates the builds' service account on the first start (its key kept in {@value
     * #BUILDS_KEY_FILE} beside the plugin's key), and starts task execution. Deployment steps do
     * not run scripts on the Jenkins controller itself unless {@link #RUN_ON_SERVER_PROPERTY} is
     * {@code true}; they run on deployment targets.
     */
    public static EmbeddedEngine start(Path dataDir, PluginKeyStore keys) {
        return start(dataDir, keys, Boolean.getBoolean(RUN_ON_SERVER_PROPERTY));
    }

    /**
     * As {@link #start(Path, PluginKeyStore)}, saying whether steps marked {@code
     * Octopus.Action.RunOnServer} may run on this host (the controller).
     */
    public static EmbeddedEngine start(Path dataDir, PluginKeyStore keys, boolean runOnServer) {
        Objects.requireNonNull(dataDir, "dataDir");
        Engine engine =
                Engine.open(
                        EngineSettings.defaults(dataDir)
                                .withRunOnServer(runOnServer)
                                .withNodeName("jenkins"));
        try {
            String key = keys.loadOrCreate();
            engine.identity().bootstrapAdministrator(key);
            String buildsKey =
                    BuildsAccount.ensure(engine, keys.sibling(BUILDS_KEY_FILE)).orElse(null);
            engine.start();
            FreightServlet servlet = FreightApplication.servlet(engine, ServerSettings.defaults());
            return new EmbeddedEngine(
                    engine,
                    servlet,
                    key,
                    buildsKey,
                    new JenkinsUsers(engine.identity(), engine.security().teams()));
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
    }

    public Engine engine() {
        return engine;
    }

    /** The servlet serving {@code /api}, {@code /health} and {@code /metrics}. */
    public FreightServlet servlet() {
        return servlet;
    }

    /**
     * The plugin's administrator key: for the plugin's own work only, never handed to a build (a
     * job's configuration would otherwise act as Freight administrator).
     */
    public String pluginApiKey() {
        return pluginApiKey;
    }

    /**
     * The key of the Jenkins builds service account, which steps without a credential and the
     * {@code freightServer} binding of the embedded server use.
     *
     * @throws IllegalStateException when an administrator deleted or deactivated that account
     */
    public String buildsApiKey() {
        if (buildsApiKey == null) {
            throw new IllegalStateException(
                    Messages.Servers_NoBuildsAccount(BuildsAccount.USERNAME));
        }
        return buildsApiKey;
    }

    /** Freight users for Jenkins users. */
    public JenkinsUsers users() {
        return users;
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            engine.close();
        }
    }
}

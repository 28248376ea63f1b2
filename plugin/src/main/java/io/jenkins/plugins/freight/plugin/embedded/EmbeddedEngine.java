package io.jenkins.plugins.freight.plugin.embedded;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.EngineSettings;
import io.jenkins.plugins.freight.server.FreightApplication;
import io.jenkins.plugins.freight.server.FreightServlet;
import io.jenkins.plugins.freight.server.ServerSettings;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The deployment engine running inside Jenkins: its data under {@code $JENKINS_HOME/freight}, the
 * servlet Jenkins mounts at {@code /freight/}, and the API key the plugin's own build steps use
 * (kept sealed by {@link PluginKeyStore}). Started once after Jenkins has loaded its jobs and
 * closed when Jenkins stops; a second {@link #close} does nothing.
 */
public final class EmbeddedEngine implements AutoCloseable {

    private final Engine engine;
    private final FreightServlet servlet;
    private final String pluginApiKey;
    private final JenkinsUsers users;
    private boolean closed;

    private EmbeddedEngine(
            Engine engine, FreightServlet servlet, String pluginApiKey, JenkinsUsers users) {
        this.engine = engine;
        this.servlet = servlet;
        this.pluginApiKey = pluginApiKey;
        this.users = users;
    }

    /**
     * The system property that lets deployment steps marked "run on the server" run on the Jenkins
     * controller itself ({@code -D<name>=true} on the controller's JVM); off by default.
     */
    public static final String RUN_ON_SERVER_PROPERTY =
            EmbeddedEngine.class.getName() + ".runOnServer";

    /**
     * Opens (migrating) the database under {@code dataDir}, makes sure the plugin's administrator
     * key exists, and starts task execution. Deployment steps do not run scripts on the Jenkins
     * controller itself unless {@link #RUN_ON_SERVER_PROPERTY} is {@code true}; they run on
     * deployment targets.
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
            engine.start();
            FreightServlet servlet = FreightApplication.servlet(engine, ServerSettings.defaults());
            return new EmbeddedEngine(engine, servlet, key, new JenkinsUsers(engine.identity()));
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

    /** The administrator key the plugin's steps use when no credential overrides it. */
    public String pluginApiKey() {
        return pluginApiKey;
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

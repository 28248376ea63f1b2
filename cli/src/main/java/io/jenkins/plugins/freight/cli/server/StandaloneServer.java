package io.jenkins.plugins.freight.cli.server;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.EngineSettings;
import io.jenkins.plugins.freight.server.FreightApplication;
import io.jenkins.plugins.freight.server.ServerSettings;

/**
 * A running standalone server: the engine (started, with its background work) behind Jetty. Closing
 * stops Jetty first, letting in-flight requests finish, then the engine, which lets running steps
 * finish or marks them.
 */
public final class StandaloneServer implements AutoCloseable {

    private final Engine engine;
    private final JettyHost host;

    private StandaloneServer(Engine engine, JettyHost host) {
        this.engine = engine;
        this.host = host;
    }

    /**
     * Opens the engine (migrating its database), bootstraps the administrator when a key is given,
     * starts the engine's background work and then serves HTTP.
     */
    public static StandaloneServer start(
            EngineSettings engineSettings, HostSettings hostSettings, String adminApiKey)
            throws Exception {
        Engine engine = Engine.open(engineSettings);
        try {
            if (adminApiKey != null && !adminApiKey.isBlank()) {
                engine.identity().bootstrapAdministrator(adminApiKey.strip());
            }
            engine.start();
            JettyHost host =
                    JettyHost.start(
                            hostSettings,
                            FreightApplication.servlet(engine, ServerSettings.defaults()));
            return new StandaloneServer(engine, host);
        } catch (Exception | Error e) {
            engine.close();
            throw e;
        }
    }

    public int port() {
        return host.port();
    }

    public boolean secure() {
        return host.secure();
    }

    public Engine engine() {
        return engine;
    }

    @Override
    public void close() throws Exception {
        try {
            host.close();
        } finally {
            engine.close();
        }
    }
}

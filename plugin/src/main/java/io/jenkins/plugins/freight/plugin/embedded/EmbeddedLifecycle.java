package io.jenkins.plugins.freight.plugin.embedded;

import hudson.init.InitMilestone;
import hudson.init.Initializer;
import hudson.init.Terminator;
import hudson.util.Secret;
import io.jenkins.plugins.freight.plugin.config.FreightGlobalConfiguration;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;

/**
 * Starts the embedded engine once Jenkins has loaded its jobs (when the configuration has an
 * embedded server) and stops it when Jenkins shuts down. Its data lives in {@code
 * $JENKINS_HOME/freight}; the plugin's key there is sealed with Jenkins' secret encryption.
 */
public final class EmbeddedLifecycle {

    private static final Logger LOGGER = Logger.getLogger(EmbeddedLifecycle.class.getName());

    /** Where Jenkins serves the engine, below its root URL. */
    public static final String URL_NAME = "freight";

    private static volatile EmbeddedEngine running;

    private EmbeddedLifecycle() {}

    @Initializer(after = InitMilestone.JOB_LOADED)
    public static synchronized void start() {
        if (running != null || !FreightGlobalConfiguration.get().hasEmbeddedServer()) {
            return;
        }
        Path data = Jenkins.get().getRootDir().toPath().resolve(URL_NAME);
        try {
            running =
                    EmbeddedEngine.start(
                            data,
                            new PluginKeyStore(
                                    data.resolve("plugin-key"),
                                    plain -> Secret.fromString(plain).getEncryptedValue(),
                                    stored -> {
                                        Secret secret = Secret.decrypt(stored);
                                        return secret == null ? null : secret.getPlainText();
                                    }));
            LOGGER.info("Freight: the embedded engine is running (data in " + data + ")");
        } catch (RuntimeException e) {
            LOGGER.log(Level.SEVERE, "Freight: the embedded engine did not start", e);
        }
    }

    @Terminator
    public static synchronized void stop() {
        EmbeddedEngine engine = running;
        running = null;
        if (engine != null) {
            engine.close();
            LOGGER.info("Freight: the embedded engine stopped");
        }
    }

    /** The running engine, or {@code null}. */
    public static EmbeddedEngine running() {
        return running;
    }

    /** {@code https://ci.example.com/} becomes {@code https://ci.example.com/freight}. */
    public static String baseUrl(String jenkinsRootUrl) {
        return (jenkinsRootUrl.endsWith("/") ? jenkinsRootUrl : jenkinsRootUrl + "/") + URL_NAME;
    }
}

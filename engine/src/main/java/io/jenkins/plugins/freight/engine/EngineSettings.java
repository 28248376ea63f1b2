package io.jenkins.plugins.freight.engine;

import io.jenkins.plugins.freight.engine.storage.DatabaseSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything the engine is configured with, built once at the edge (CLI options, the plugin's
 * global configuration, a test) and passed down. Every default is documented here.
 *
 * @param dataDir packages, the secret key, work directories; created when missing
 * @param database where the model lives (default: H2 file under {@code dataDir})
 * @param nodeName this node's name in a cluster (default: the host name)
 * @param taskCap tasks this node executes at once (default 5)
 * @param runOnServer whether steps may run on the engine's own host (default true standalone, false
 *     in Jenkins)
 * @param taskLease how long a claimed task stays with a node without a heartbeat (default 30 s; a
 *     dead node's tasks are reclaimed after at most this plus one sweep interval)
 * @param heartbeatInterval how often a node renews its leases (default 10 s)
 */
public record EngineSettings(
        Path dataDir,
        DatabaseSettings database,
        String nodeName,
        int taskCap,
        boolean runOnServer,
        Duration taskLease,
        Duration heartbeatInterval) {

    public EngineSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(nodeName, "nodeName");
        Objects.requireNonNull(taskLease, "taskLease");
        Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
        if (taskCap < 1) {
            throw new IllegalArgumentException("taskCap must be at least 1");
        }
        if (heartbeatInterval.compareTo(taskLease) >= 0) {
            throw new IllegalArgumentException("heartbeatInterval must be shorter than taskLease");
        }
    }

    /** Defaults for a standalone server with an H2 database under {@code dataDir}. */
    public static EngineSettings defaults(Path dataDir) {
        return new EngineSettings(
                dataDir,
                DatabaseSettings.h2File(dataDir),
                defaultNodeName(),
                5,
                true,
                Duration.ofSeconds(30),
                Duration.ofSeconds(10));
    }

    public EngineSettings withDatabase(DatabaseSettings value) {
        return new EngineSettings(
                dataDir, value, nodeName, taskCap, runOnServer, taskLease, heartbeatInterval);
    }

    public EngineSettings withNodeName(String value) {
        return new EngineSettings(
                dataDir, database, value, taskCap, runOnServer, taskLease, heartbeatInterval);
    }

    public EngineSettings withTaskCap(int value) {
        return new EngineSettings(
                dataDir, database, nodeName, value, runOnServer, taskLease, heartbeatInterval);
    }

    public EngineSettings withRunOnServer(boolean value) {
        return new EngineSettings(
                dataDir, database, nodeName, taskCap, value, taskLease, heartbeatInterval);
    }

    public EngineSettings withLease(Duration lease, Duration heartbeat) {
        return new EngineSettings(
                dataDir, database, nodeName, taskCap, runOnServer, lease, heartbeat);
    }

    private static String defaultNodeName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "freight-node";
        }
    }
}

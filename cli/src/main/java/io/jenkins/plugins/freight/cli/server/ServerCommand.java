package io.jenkins.plugins.freight.cli.server;

import io.jenkins.plugins.freight.cli.console.OutputOptions;
import io.jenkins.plugins.freight.engine.EngineSettings;
import io.jenkins.plugins.freight.engine.error.FreightException;
import io.jenkins.plugins.freight.engine.storage.DatabaseSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code freight server}: the standalone Freight server. H2 under the data directory by default,
 * PostgreSQL with {@code --db} (several nodes may share one database). Runs until the process is
 * told to stop (Ctrl-C, SIGTERM), then shuts down gracefully.
 *
 * <p>Exit codes: 0 after a normal shutdown, 2 for invalid options, 3 when the server cannot start
 * (database unreachable, port taken).
 */
@Command(
        name = "server",
        mixinStandardHelpOptions = true,
        description = "Runs the Freight server: the Octopus-compatible REST API over the engine.")
public final class ServerCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Packages, keys and (with H2) the database. Default: ./freight-data")
    Path dataDir = Path.of("freight-data");

    @Option(names = "--port", description = "Port to listen on (0: any free port). Default: 8065")
    int port = 8065;

    @Option(
            names = "--bind",
            paramLabel = "ADDRESS",
            description = "Address to listen on (0.0.0.0: every interface). Default: 127.0.0.1")
    String bind = "127.0.0.1";

    @Option(
            names = "--context-path",
            paramLabel = "PATH",
            description = "Serve under this path, e.g. /freight. Default: /")
    String contextPath = "/";

    @Option(
            names = "--db",
            paramLabel = "JDBC-URL",
            description = "jdbc:postgresql://host/db (default: H2 under the data directory)")
    String db;

    @Option(names = "--db-user", paramLabel = "USER", description = "Database user")
    String dbUser;

    @Option(
            names = "--db-password-file",
            paramLabel = "FILE",
            description = "File holding the database password")
    Path dbPasswordFile;

    @Option(
            names = "--admin-api-key",
            paramLabel = "API-KEY",
            description =
                    "Creates an administrator with this API key on first start (prefer the"
                            + " FREIGHT_ADMIN_API_KEY environment variable or --admin-api-key-file)")
    String adminApiKey;

    @Option(
            names = "--admin-api-key-file",
            paramLabel = "FILE",
            description = "File holding the administrator API key")
    Path adminApiKeyFile;

    @Option(names = "--node-name", paramLabel = "NAME", description = "Default: the host name")
    String nodeName;

    @Option(names = "--task-cap", paramLabel = "N", description = "Tasks run at once. Default: 5")
    Integer taskCap;

    @Option(
            names = "--tls-keystore",
            paramLabel = "FILE",
            description = "Serve HTTPS with the certificate and key in this keystore")
    Path tlsKeystore;

    @Option(
            names = "--tls-keystore-type",
            paramLabel = "TYPE",
            description = "PKCS12 (default) or JKS")
    String tlsKeystoreType = "PKCS12";

    @Option(
            names = "--tls-keystore-password-file",
            paramLabel = "FILE",
            description = "File holding the keystore password")
    Path tlsKeystorePasswordFile;

    @Option(
            names = "--shutdown-grace",
            paramLabel = "SECONDS",
            description = "How long in-flight requests may finish on shutdown. Default: 30")
    int shutdownGraceSeconds = 30;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FORMAT",
            description =
                    "text (default) or json: the address the server listens on as one JSON line,"
                            + " for scripts (with --port 0)")
    OutputOptions.Format format = OutputOptions.Format.text;

    /** What {@code --output json} prints once the server listens. */
    record Listening(String url, int port, String dataDirectory, String database, String node) {}

    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private volatile StandaloneServer running;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EngineSettings engineSettings;
        HostSettings hostSettings;
        String adminKey;
        try {
            engineSettings = engineSettings();
            hostSettings = hostSettings();
            adminKey = adminKey();
        } catch (IllegalArgumentException | IOException e) {
            err.println("Invalid options: " + e.getMessage());
            return 2;
        }
        StandaloneServer server;
        try {
            server = StandaloneServer.start(engineSettings, hostSettings, adminKey);
        } catch (FreightException e) {
            err.println("The server could not start: " + e.getMessage());
            return e instanceof io.jenkins.plugins.freight.engine.error.InvalidInputException
                    ? 2
                    : 3;
        } catch (Exception e) {
            err.println("The server could not start: " + describe(e));
            return 3;
        }
        running = server;
        Thread hook = new Thread(stopRequested::countDown, "freight-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        String scheme = server.secure() ? "https" : "http";
        String path =
                hostSettings.contextPath().equals("/") ? "/" : hostSettings.contextPath() + "/";
        String url = scheme + "://" + hostSettings.bind() + ":" + server.port() + path;
        if (format == OutputOptions.Format.json) {
            out.println(
                    OutputOptions.toJsonLine(
                            new Listening(
                                    url,
                                    server.port(),
                                    engineSettings.dataDir().toAbsolutePath().toString(),
                                    String.valueOf(engineSettings.database().dialect()),
                                    engineSettings.nodeName())));
        } else {
            out.println(
                    "Freight server listening on "
                            + url
                            + " (data: "
                            + engineSettings.dataDir().toAbsolutePath()
                            + ", database: "
                            + engineSettings.database().dialect()
                            + ", node: "
                            + engineSettings.nodeName()
                            + ")");
        }
        out.flush();
        stopRequested.await();
        PrintWriter status = format == OutputOptions.Format.json ? err : out;
        status.println("Freight server stopping");
        status.flush();
        server.close();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the JVM is exiting because of the hook itself
        }
        return 0;
    }

    /** Asks a running {@link #call()} to shut down, as a signal would. */
    public void stop() {
        stopRequested.countDown();
    }

    /** The running server, once started (for tests and embedding). */
    public StandaloneServer running() {
        return running;
    }

    EngineSettings engineSettings() throws IOException {
        EngineSettings settings = EngineSettings.defaults(dataDir.toAbsolutePath());
        if ((db == null || db.isBlank()) && (dbUser != null || dbPasswordFile != null)) {
            throw new IllegalArgumentException(
                    "--db-user and --db-password-file need --db (the H2 default has no user).");
        }
        if (db != null && !db.isBlank()) {
            String password = dbPasswordFile == null ? "" : readSecret(dbPasswordFile);
            settings = settings.withDatabase(new DatabaseSettings(db, dbUser, password, 10));
        }
        if (nodeName != null && !nodeName.isBlank()) {
            settings = settings.withNodeName(nodeName.strip());
        }
        if (taskCap != null) {
            if (taskCap < 1) {
                throw new IllegalArgumentException("--task-cap must be at least 1.");
            }
            settings = settings.withTaskCap(taskCap);
        }
        return settings;
    }

    HostSettings hostSettings() throws IOException {
        HostSettings.Tls tls = null;
        if (tlsKeystore != null) {
            if (!Files.isReadable(tlsKeystore)) {
                throw new IllegalArgumentException(
                        "The keystore " + tlsKeystore + " cannot be read.");
            }
            String password =
                    tlsKeystorePasswordFile == null ? "" : readSecret(tlsKeystorePasswordFile);
            tls = new HostSettings.Tls(tlsKeystore, tlsKeystoreType, password);
        }
        if (shutdownGraceSeconds < 0) {
            throw new IllegalArgumentException("--shutdown-grace must not be negative.");
        }
        return new HostSettings(
                bind, port, contextPath, tls, Duration.ofSeconds(shutdownGraceSeconds));
    }

    /** From the option, else the key file, else {@code FREIGHT_ADMIN_API_KEY}; may be null. */
    String adminKey() throws IOException {
        if (adminApiKey != null && !adminApiKey.isBlank()) {
            return adminApiKey.strip();
        }
        if (adminApiKeyFile != null) {
            return readSecret(adminApiKeyFile);
        }
        String env = System.getenv("FREIGHT_ADMIN_API_KEY");
        return env == null || env.isBlank() ? null : env.strip();
    }

    private static String readSecret(Path file) throws IOException {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("The file " + file + " cannot be read.");
        }
        return Files.readString(file, StandardCharsets.UTF_8).strip();
    }

    /** The causes' messages, without stack traces (they may be long and say nothing new). */
    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        Throwable cause = e.getCause();
        for (int i = 0; cause != null && i < 3; i++, cause = cause.getCause()) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                text.append(": ").append(cause.getMessage());
            }
        }
        return text.toString();
    }
}

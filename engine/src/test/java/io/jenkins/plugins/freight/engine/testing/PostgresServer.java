package io.jenkins.plugins.freight.engine.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests, started once per JVM on a loopback port and stopped at exit.
 *
 * <p>Uses {@code FREIGHT_TEST_POSTGRES_URL} (with {@code FREIGHT_TEST_POSTGRES_USER} and {@code
 * FREIGHT_TEST_POSTGRES_PASSWORD}) when set; otherwise starts a private cluster in a temporary
 * directory from the PostgreSQL server binaries installed on the machine (Debian: {@code apt-get
 * install postgresql}). PostgreSQL refuses to run as root, so as root the cluster runs as the
 * {@code postgres} user. Each caller gets a fresh database.
 */
public final class PostgresServer {

    private static PostgresServer instance;

    private final String baseUrl;
    private final String user;
    private final String password;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresServer(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.password = password;
    }

    public static synchronized PostgresServer get() {
        if (instance == null) {
            String url = System.getenv("FREIGHT_TEST_POSTGRES_URL");
            instance =
                    url != null && !url.isBlank()
                            ? new PostgresServer(
                                    url.replaceAll("/[^/]*$", "/"),
                                    System.getenv()
                                            .getOrDefault("FREIGHT_TEST_POSTGRES_USER", "postgres"),
                                    System.getenv()
                                            .getOrDefault("FREIGHT_TEST_POSTGRES_PASSWORD", ""))
                            : startLocalCluster();
        }
        return instance;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Creates a new, empty database and returns its JDBC URL. */
    public String createDatabase() {
        String name =
                "freight_test_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        try (Connection c = DriverManager.getConnection(baseUrl + "postgres", user, password);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        return baseUrl + name;
    }

    private static PostgresServer startLocalCluster() {
        Path bin = findBinaries();
        try {
            Path dir = Files.createTempDirectory("freight-pg-");
            Path data = dir.resolve("data");
            int port = freePort();
            boolean root = "root".equals(System.getProperty("user.name"));
            List<String> asUser = root ? List.of("runuser", "-u", "postgres", "--") : List.of();
            if (root) {
                run(List.of("chown", "-R", "postgres", dir.toString()));
            }
            run(
                    concat(
                            asUser,
                            bin.resolve("initdb").toString(),
                            "-D",
                            data.toString(),
                            "-U",
                            "freight",
                            "--auth=trust",
                            "-E",
                            "UTF8",
                            "--no-sync",
                            "--locale=C"));
            run(
                    concat(
                            asUser,
                            bin.resolve("pg_ctl").toString(),
                            "-D",
                            data.toString(),
                            "-w",
                            "-l",
                            dir.resolve("server.log").toString(),
                            "-o",
                            "-p "
                                    + port
                                    + " -k "
                                    + dir
                                    + " -c listen_addresses=127.0.0.1 -c fsync=off"
                                    + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=300",
                            "start"));
            Runtime.getRuntime()
                    .addShutdownHook(
                            new Thread(
                                    () -> {
                                        try {
                                            run(
                                                    concat(
                                                            asUser,
                                                            bin.resolve("pg_ctl").toString(),
                                                            "-D",
                                                            data.toString(),
                                                            "-m",
                                                            "immediate",
                                                            "stop"));
                                            // Deleting many test databases can take longer than the
                                            // test runner waits for the JVM to exit: leave it to a
                                            // process of its own.
                                            new ProcessBuilder("rm", "-rf", dir.toString())
                                                    .redirectErrorStream(true)
                                                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                                                    .start();
                                        } catch (IOException e) {
                                            // the JVM is exiting; nothing left to report to
                                        }
                                    }));
            return new PostgresServer("jdbc:postgresql://127.0.0.1:" + port + "/", "freight", "");
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Could not start a PostgreSQL server for tests: " + e.getMessage(), e);
        }
    }

    private static Path findBinaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                var found =
                        versions.map(v -> v.resolve("bin"))
                                .filter(b -> Files.isExecutable(b.resolve("initdb")))
                                .max(Comparator.comparingInt(PostgresServer::majorVersion));
                if (found.isPresent()) {
                    return found.get();
                }
            } catch (IOException e) {
                // fall through to the error below
            }
        }
        throw new IllegalStateException(
                "PostgreSQL tests need a real PostgreSQL: install the server (Debian: apt-get install"
                        + " postgresql) or set FREIGHT_TEST_POSTGRES_URL");
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static List<String> concat(List<String> prefix, String... rest) {
        List<String> all = new ArrayList<>(prefix);
        all.addAll(List.of(rest));
        return all;
    }

    private static void run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(
                        command.get(command.size() > 4 ? 4 : 0) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}

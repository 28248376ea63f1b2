package io.jenkins.plugins.freight.engine.execution;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.EngineSettings;
import io.jenkins.plugins.freight.engine.storage.DatabaseSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * An engine node in a JVM of its own, for tests that kill a node for real while it runs a
 * deployment. Arguments: JDBC URL, database user, data directory, node name; the database password
 * comes on stdin's first line, never on the command line.
 */
public final class DeployNodeMain {

    private DeployNodeMain() {}

    static Process start(DatabaseSettings database, Path dataDir, String nodeName, Path output)
            throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child =
                new ProcessBuilder(
                                List.of(
                                        java,
                                        "-cp",
                                        System.getProperty("java.class.path"),
                                        DeployNodeMain.class.getName(),
                                        database.jdbcUrl(),
                                        database.user(),
                                        dataDir.toString(),
                                        nodeName))
                        .redirectErrorStream(true)
                        .redirectOutput(output.toFile())
                        .start();
        child.getOutputStream()
                .write((database.password() + "\n").getBytes(StandardCharsets.UTF_8));
        child.getOutputStream().flush();
        return child;
    }

    public static void main(String[] args) throws Exception {
        String password =
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                        .readLine();
        EngineSettings settings =
                EngineSettings.defaults(Path.of(args[2]))
                        .withDatabase(
                                new DatabaseSettings(
                                        args[0], args[1], password == null ? "" : password, 4))
                        .withNodeName(args[3]);
        Engine engine = Engine.open(settings);
        engine.start();
        Thread.sleep(Long.MAX_VALUE);
    }
}

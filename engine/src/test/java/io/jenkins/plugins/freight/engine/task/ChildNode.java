package io.jenkins.plugins.freight.engine.task;

import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.storage.DatabaseSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A task node in a JVM of its own, for tests that kill a node for real. It runs "Hold" tasks,
 * printing {@code RUNNING <taskId>} for each, and holds them until it is killed.
 */
public final class ChildNode {

    static final String HOLD = "Hold";

    private ChildNode() {}

    /** Runs {@code Hold} tasks: the first run blocks forever, a resumed run succeeds at once. */
    static TaskHandler holdHandler() {
        return TaskNodes.handler(
                HOLD,
                ctx -> {
                    if (ctx.resumeReason() == ResumeReason.NODE_LOST) {
                        return TaskOutcome.success();
                    }
                    System.out.println("RUNNING " + ctx.taskId());
                    System.out.flush();
                    Thread.sleep(Long.MAX_VALUE);
                    return TaskOutcome.success();
                });
    }

    static Process start(DatabaseSettings settings, String nodeName) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child =
                new ProcessBuilder(
                                List.of(
                                        java,
                                        "-cp",
                                        System.getProperty("java.class.path"),
                                        ChildNode.class.getName(),
                                        settings.jdbcUrl(),
                                        settings.user(),
                                        nodeName))
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
        // the password goes through stdin, never the command line
        child.getOutputStream()
                .write((settings.password() + "\n").getBytes(StandardCharsets.UTF_8));
        child.getOutputStream().flush();
        return child;
    }

    /** Arguments: JDBC URL, user, node name (the password, if any, comes on stdin's first line). */
    public static void main(String[] args) throws Exception {
        String password =
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                        .readLine();
        Database database =
                Database.open(
                        new DatabaseSettings(
                                args[0], args[1], password == null ? "" : password, 4));
        TaskService service =
                new TaskService(
                        database,
                        AccessPolicy.authenticatedCallers(),
                        TaskNodes.fastSettings(args[2], 4));
        service.register(holdHandler());
        service.start();
        Thread.sleep(Long.MAX_VALUE);
    }
}

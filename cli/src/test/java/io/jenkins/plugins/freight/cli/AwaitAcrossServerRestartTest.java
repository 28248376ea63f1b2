package io.jenkins.plugins.freight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code freight await} keeps waiting while the real server is stopped and started again on the
 * same port and data directory, and returns the task's final state.
 */
class AwaitAcrossServerRestartTest {

    @TempDir Path dataDir;
    @TempDir Path work;
    private LoopbackServer server;

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theWaiterRecoversFromAServerRestartAndReturnsTheFinalState() throws Exception {
        server = LoopbackServer.start(dataDir);
        PipelineSpace.create(server);
        CliRunner cli =
                new CliRunner(
                        Map.of(
                                "FREIGHT_URL",
                                server.url(),
                                "FREIGHT_API_KEY",
                                LoopbackServer.ADMIN_KEY),
                        work);
        CliRunner.Run release =
                cli.run("create-release", "--project", PipelineSpace.SLOW, "--version", "1.0.0");
        assertThat(release.exitCode()).as(release.all()).isZero();
        CliRunner.Run deploy =
                cli.run(
                        "deploy",
                        "--project",
                        PipelineSpace.SLOW,
                        "--version",
                        "1.0.0",
                        "-e",
                        "Dev",
                        "-o",
                        "json");
        assertThat(deploy.exitCode()).as(deploy.all()).isZero();
        String task = new ObjectMapper().readTree(deploy.out()).findValue("taskId").asText();

        CompletableFuture<CliRunner.Run> waiting =
                CompletableFuture.supplyAsync(() -> cli.run("await", task, "--timeout", "2m"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> server.get("/api/tasks/" + task).get("State").asText(),
                        "Executing"::equals);

        Thread.sleep(1000); // the waiter has had its first answer and is following the task
        server.stop();
        Thread.sleep(4000);
        server.startAgain();

        CliRunner.Run await = waiting.get(90, TimeUnit.SECONDS);
        String finalState = server.get("/api/tasks/" + task).get("State").asText();
        assertThat(finalState).as(await.all()).isIn("Success", "Failed", "Canceled", "TimedOut");
        assertThat(await.exitCode())
                .as(await.all())
                .isEqualTo(finalState.equals("Success") ? 0 : 1);
        assertThat(await.all())
                .contains("Lost contact with the server")
                .contains("The server answers again")
                .contains(finalState);
    }
}

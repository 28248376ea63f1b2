package io.jenkins.plugins.freight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code freight await} with several tasks against the real server on loopback: every line of every
 * task's activity log is printed exactly once, in the order the task wrote it, whether the server
 * offers live following or the client polls.
 */
class AwaitSeveralTasksTest {

    @TempDir static Path dataDir;
    @TempDir static Path work;
    private static LoopbackServer server;
    private static CliRunner cli;

    @BeforeAll
    static void start() throws Exception {
        server = LoopbackServer.start(dataDir);
        PipelineSpace.create(server);
        cli =
                new CliRunner(
                        Map.of(
                                "FREIGHT_URL",
                                server.url(),
                                "FREIGHT_API_KEY",
                                LoopbackServer.ADMIN_KEY),
                        work);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    /** Creates release 1.0.0 of a counting project and starts its deployment to Dev. */
    private static String countingTask(String project) throws Exception {
        CliRunner.Run release =
                cli.run("create-release", "--project", project, "--version", "1.0.0");
        assertThat(release.exitCode()).as(release.all()).isZero();
        return deployToDev(project, "1.0.0");
    }

    /** Starts a deployment of an existing release to Dev; answers its task id. */
    private static String deployToDev(String project, String version) throws Exception {
        CliRunner.Run deploy =
                cli.run(
                        "deploy",
                        "--project",
                        project,
                        "--version",
                        version,
                        "-e",
                        "Dev",
                        "-o",
                        "json");
        assertThat(deploy.exitCode()).as(deploy.all()).isZero();
        return new ObjectMapper().readTree(deploy.out()).findValue("taskId").asText();
    }

    @Test
    void eachLogLineOfEachAwaitedTaskIsPrintedOnceAndInOrder() throws Exception {
        List<String> tasks = new ArrayList<>();
        for (String project : PipelineSpace.COUNTING) {
            tasks.add(countingTask(project));
        }

        List<String> args = new ArrayList<>(List.of("await"));
        args.addAll(tasks);
        args.addAll(List.of("--timeout", "2m"));
        CliRunner.Run run = cli.run(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.all()).isZero();
        List<String> lines = run.out().lines().toList();
        for (String project : PipelineSpace.COUNTING) {
            List<String> written =
                    lines.stream().filter(line -> line.contains(project + " line ")).toList();
            assertThat(written)
                    .as(run.out())
                    .hasSize(5)
                    .allSatisfy(line -> assertThat(line).startsWith("[Deploy " + project));
            for (int i = 1; i <= 5; i++) {
                assertThat(written.get(i - 1)).endsWith(project + " line " + i);
            }
        }
        assertThat(lines.stream().filter(line -> line.endsWith("Step 1: Count")))
                .as(run.out())
                .hasSize(PipelineSpace.COUNTING.size());
    }

    /**
     * Regression: two tasks with the same description (one release deployed twice to an
     * environment, or an earlier deployment awaited again with a new one) were both labelled with
     * that description, so every line looked printed twice. Each now carries its task id.
     */
    @Test
    void tasksWithTheSameDescriptionAreToldApartByTheirIds() throws Exception {
        String project = PipelineSpace.COUNTING.get(0);
        CliRunner.Run release =
                cli.run("create-release", "--project", project, "--version", "2.0.0");
        assertThat(release.exitCode()).as(release.all()).isZero();
        String first = deployToDev(project, "2.0.0");
        String second = deployToDev(project, "2.0.0");

        CliRunner.Run run = cli.run("await", first, second, "--timeout", "2m");

        assertThat(run.exitCode()).as(run.all()).isZero();
        List<String> lines = run.out().lines().toList();
        for (String task : List.of(first, second)) {
            String label = "[Deploy " + project + " release 2.0.0 to Dev " + task + "]";
            List<String> written =
                    lines.stream()
                            .filter(line -> line.startsWith(label))
                            .filter(line -> line.contains(project + " line "))
                            .toList();
            assertThat(written).as(run.out()).hasSize(5);
            for (int i = 1; i <= 5; i++) {
                assertThat(written.get(i - 1)).endsWith(project + " line " + i);
            }
        }
        assertThat(lines.stream().filter(line -> line.contains(project + " line 1")))
                .as(run.out())
                .hasSize(2);
    }
}

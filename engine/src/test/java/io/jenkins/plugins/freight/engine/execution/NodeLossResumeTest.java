package io.jenkins.plugins.freight.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.EngineSettings;
import io.jenkins.plugins.freight.engine.deployment.Deployment;
import io.jenkins.plugins.freight.engine.execution.ExecutionTesting.Seed;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.storage.DatabaseSettings;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.task.TaskState;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A node killed (SIGKILL, with its scripts) in the middle of a deployment: when the node comes
 * back, the deployment resumes from its checkpoint, skips the finished step and runs the
 * interrupted one again.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class NodeLossResumeTest {

    private static final String NODE = "node-a";

    @TempDir Path dir;

    /** H2 as a file the nodes open one after another (OS file lock, commits flushed at once). */
    private DatabaseSettings database(DatabaseKind kind) {
        if (kind == DatabaseKind.POSTGRESQL) {
            return kind.newSettings();
        }
        DatabaseSettings file = DatabaseSettings.h2File(dir.resolve("db"));
        return new DatabaseSettings(
                file.jdbcUrl() + ";FILE_LOCK=FS;WRITE_DELAY=0", file.user(), file.password(), 4);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void deploymentResumedAfterItsNodeWasKilledDoesNotRedoFinishedSteps(DatabaseKind kind)
            throws Exception {
        DatabaseSettings database = database(kind);
        Path data = dir.resolve("data");
        EngineSettings settings =
                EngineSettings.defaults(data).withDatabase(database).withNodeName(NODE);
        Path count = dir.resolve("count");
        Path started = dir.resolve("started");
        Path go = dir.resolve("go");
        Deployment deployment;
        try (Engine before = Engine.open(settings)) {
            Seed seed = ExecutionTesting.seed(before);
            Project project = seed.project("Resumable");
            seed.process(
                    project,
                    ScriptDeploymentTest.script("Count", "echo counted >> '" + count + "'"),
                    ScriptDeploymentTest.script(
                            "Hold",
                            "echo started >> '"
                                    + started
                                    + "'\n"
                                    + "while [ ! -f '"
                                    + go
                                    + "' ]; do sleep 0.1; done\n"
                                    + "echo released"),
                    ScriptDeploymentTest.script("Finish", "echo finished"));
            deployment = seed.deploy(seed.release(project, "1.0.0"), seed.test());
        }

        Process node = DeployNodeMain.start(database, data, NODE, dir.resolve("node.log"));
        try {
            await().atMost(Duration.ofSeconds(90)).until(() -> Files.exists(started));
        } finally {
            List<ProcessHandle> scripts = node.descendants().toList();
            node.destroyForcibly();
            scripts.forEach(ProcessHandle::destroyForcibly);
            node.waitFor(30, TimeUnit.SECONDS);
        }
        Files.createFile(go);

        try (Engine after = Engine.open(settings)) {
            after.start();
            ServerTask task =
                    after.tasks()
                            .awaitCompletion(
                                    Caller.system(), deployment.taskId(), Duration.ofSeconds(60));
            String raw = after.tasks().rawLog(Caller.system(), deployment.taskId());

            assertThat(task.state()).as(raw).isEqualTo(TaskState.SUCCESS);
            assertThat(Files.readAllLines(count)).containsExactly("counted");
            assertThat(Files.readAllLines(started)).containsExactly("started", "started");
            assertThat(raw)
                    .contains("Node '" + NODE + "' restarted while running this task")
                    .contains("released")
                    .contains("finished");
            assertThat(raw.indexOf("Step 1: Count")).isEqualTo(raw.lastIndexOf("Step 1: Count"));
            assertThat(raw.indexOf("Step 2: Hold")).isEqualTo(raw.lastIndexOf("Step 2: Hold"));
        }
    }
}

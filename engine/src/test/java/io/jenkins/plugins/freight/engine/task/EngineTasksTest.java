package io.jenkins.plugins.freight.engine.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.EngineSettings;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.storage.DatabaseSettings;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine wires the task service: tasks run between {@code start()} and {@code close()}. */
class EngineTasksTest {

    @Test
    void engineRunsTasksOnceStartedAndStopsOnClose(@TempDir Path dir) {
        EngineSettings settings =
                EngineSettings.defaults(dir)
                        .withDatabase(DatabaseSettings.h2InMemory("engine-tasks"))
                        .withNodeName("engine-node");
        try (Engine engine = Engine.open(settings)) {
            TaskService tasks = engine.tasks();
            assertThat(tasks.settings().nodeName()).isEqualTo("engine-node");
            assertThat(tasks.settings().taskCap()).isEqualTo(5);
            assertThat(tasks.settings().lease().plus(tasks.settings().sweepInterval()))
                    .isLessThan(Duration.ofSeconds(60));
            tasks.register(TaskNodes.handler("Noop", ctx -> TaskOutcome.success()));
            ServerTask task =
                    engine.database()
                            .inTransaction(h -> tasks.enqueue(h, TaskNodes.request("Noop")));

            assertThat(
                            tasks.awaitCompletion(
                                            Caller.system(), task.id(), Duration.ofMillis(700))
                                    .state())
                    .as("nothing runs before start()")
                    .isEqualTo(TaskState.QUEUED);
            engine.start();
            assertThat(
                            tasks.awaitCompletion(
                                            Caller.system(), task.id(), Duration.ofSeconds(20))
                                    .state())
                    .isEqualTo(TaskState.SUCCESS);
        }
    }
}

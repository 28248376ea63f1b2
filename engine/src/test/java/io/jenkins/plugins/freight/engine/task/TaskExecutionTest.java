package io.jenkins.plugins.freight.engine.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.task.log.ActivityStatus;
import io.jenkins.plugins.freight.engine.task.log.LogBlock;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TaskExecutionTest {

    private static final Caller SYSTEM = Caller.system();

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void queuedTaskRunsItsHandlerAndSucceedsWithItsLog(DatabaseKind kind) {
        try (TaskNodes nodes = new TaskNodes(kind.open())) {
            TaskService tasks = nodes.node("node-a", 2);
            tasks.register(
                    handler(
                            "Greet",
                            ctx -> {
                                LogBlock step = ctx.log().root().child("Say hello").start();
                                step.info("Hello " + ctx.argument("Who").orElse("?"));
                                step.finish(ActivityStatus.Success);
                                return TaskOutcome.success();
                            }));
            tasks.start();
            ServerTask queued =
                    nodes.database()
                            .inTransaction(
                                    h ->
                                            tasks.enqueue(
                                                    h,
                                                    TaskRequest.of(
                                                                    "Spaces-1",
                                                                    "Greet",
                                                                    "Greet world")
                                                            .withArguments(
                                                                    Map.of("Who", "world"))));
            assertThat(queued.id()).startsWith("ServerTasks-");
            assertThat(queued.state()).isEqualTo(TaskState.QUEUED);

            ServerTask done = tasks.awaitCompletion(SYSTEM, queued.id(), Duration.ofSeconds(20));

            assertThat(done.state()).isEqualTo(TaskState.SUCCESS);
            assertThat(done.isCompleted()).isTrue();
            assertThat(done.finishedSuccessfully()).isTrue();
            assertThat(done.startTime()).isNotNull();
            assertThat(done.completedTime()).isNotNull();
            assertThat(done.serverNode()).isEqualTo("node-a");
            TaskDetails details = tasks.details(SYSTEM, done.id(), false, null);
            assertThat(details.progressPercentage()).isEqualTo(100);
            assertThat(details.activityLogs()).hasSize(1);
            var root = details.activityLogs().get(0);
            assertThat(root.name()).isEqualTo("Greet world");
            assertThat(root.status()).isEqualTo(ActivityStatus.Success);
            assertThat(root.children())
                    .singleElement()
                    .satisfies(
                            step -> {
                                assertThat(step.name()).isEqualTo("Say hello");
                                assertThat(step.status()).isEqualTo(ActivityStatus.Success);
                                assertThat(step.logElements())
                                        .extracting(l -> l.messageText())
                                        .containsExactly("Hello world");
                            });
            assertThat(tasks.rawLog(SYSTEM, done.id())).contains("Hello world", "Say hello");
        }
    }

    static TaskHandler handler(String name, Body body) {
        return new TaskHandler() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public TaskOutcome execute(TaskContext context) throws Exception {
                return body.run(context);
            }
        };
    }

    @FunctionalInterface
    interface Body {
        TaskOutcome run(TaskContext context) throws Exception;
    }
}

package io.jenkins.plugins.freight.engine.task;

import static io.jenkins.plugins.freight.engine.task.TaskNodes.handler;
import static io.jenkins.plugins.freight.engine.task.TaskNodes.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.task.log.ActivityStatus;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TaskCancelTest {

    private static final Caller USER =
            new Caller("Users-7", "alice", Caller.Via.API_KEY, "127.0.0.1");

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void queuedTaskIsCanceledAtOnceAndNeverRuns(DatabaseKind kind) {
        try (TaskNodes nodes = new TaskNodes(kind.newSettings())) {
            TaskService tasks = nodes.node("node-a", 1);
            List<ServerTask> completed = new java.util.concurrent.CopyOnWriteArrayList<>();
            tasks.addCompletionListener(completed::add);
            ServerTask task = nodes.enqueue(tasks, request("Noop"));

            ServerTask canceled = tasks.cancel(USER, task.id());

            assertThat(canceled.state()).isEqualTo(TaskState.CANCELED);
            assertThat(canceled.isCompleted()).isTrue();
            assertThat(canceled.completedTime()).isNotNull();
            assertThat(completed).extracting(ServerTask::id).containsExactly(task.id());
            assertThat(tasks.rawLog(USER, task.id())).contains("Canceled by alice");
            assertThat(tasks.cancel(USER, task.id()).state()).isEqualTo(TaskState.CANCELED);
            assertThatThrownBy(() -> tasks.cancel(USER, "ServerTasks-404"))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void cancelKillsTheRunningHandlersChildProcess(DatabaseKind kind) throws Exception {
        try (TaskNodes nodes = new TaskNodes(kind.newSettings())) {
            TaskService tasks = nodes.node("node-a", 1);
            AtomicReference<Process> child = new AtomicReference<>();
            CountDownLatch started = new CountDownLatch(1);
            tasks.register(
                    handler(
                            "Script",
                            ctx -> {
                                Process p = new ProcessBuilder("sleep", "60").start();
                                child.set(p);
                                try (Registration r = ctx.registerProcess(p)) {
                                    started.countDown();
                                    int exit = p.waitFor();
                                    return exit == 0
                                            ? TaskOutcome.success()
                                            : TaskOutcome.failed("sleep exited with " + exit);
                                }
                            }));
            tasks.start();
            ServerTask task = nodes.enqueue(tasks, request("Script"));
            assertThat(started.await(20, TimeUnit.SECONDS)).isTrue();

            long before = System.nanoTime();
            ServerTask cancelling = tasks.cancel(USER, task.id());
            assertThat(cancelling.state()).isIn(TaskState.CANCELLING, TaskState.CANCELED);
            ServerTask done = tasks.awaitCompletion(USER, task.id(), Duration.ofSeconds(20));

            assertThat(done.state()).isEqualTo(TaskState.CANCELED);
            assertThat(Duration.ofNanos(System.nanoTime() - before))
                    .isLessThan(Duration.ofSeconds(10));
            assertThat(child.get().isAlive()).isFalse();
            assertThat(tasks.details(USER, task.id(), false, null).activityLogs().get(0).status())
                    .isEqualTo(ActivityStatus.Canceled);
            assertThat(tasks.rawLog(USER, task.id())).contains("Cancellation requested by alice");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void cancelRequestedOnAnotherNodeStopsTheHandler(DatabaseKind kind) throws Exception {
        try (TaskNodes nodes = new TaskNodes(kind.newSettings())) {
            TaskService runner = nodes.node("node-a", 1);
            TaskService other = nodes.node("node-b", 1);
            CountDownLatch started = new CountDownLatch(1);
            runner.register(
                    handler(
                            "Wait",
                            ctx -> {
                                started.countDown();
                                while (!ctx.isCancellationRequested()) {
                                    Thread.sleep(10);
                                }
                                return TaskOutcome.success();
                            }));
            runner.start();
            ServerTask task = nodes.enqueue(runner, request("Wait"));
            assertThat(started.await(20, TimeUnit.SECONDS)).isTrue();

            assertThat(other.cancel(USER, task.id()).state()).isEqualTo(TaskState.CANCELLING);

            ServerTask done = other.awaitCompletion(USER, task.id(), Duration.ofSeconds(20));
            assertThat(done.state()).isEqualTo(TaskState.CANCELED);
            assertThat(done.errorMessage()).isEqualTo("The task was canceled");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void onCancelCallbackRunsAndFinishedTaskCannotBeCanceled(DatabaseKind kind) throws Exception {
        try (TaskNodes nodes = new TaskNodes(kind.newSettings())) {
            TaskService tasks = nodes.node("node-a", 1);
            CountDownLatch callback = new CountDownLatch(1);
            tasks.register(
                    handler(
                            "Callback",
                            ctx -> {
                                CountDownLatch stop = new CountDownLatch(1);
                                try (Registration r =
                                        ctx.onCancel(
                                                () -> {
                                                    callback.countDown();
                                                    stop.countDown();
                                                })) {
                                    stop.await(20, TimeUnit.SECONDS);
                                }
                                return TaskOutcome.success();
                            }));
            tasks.register(handler("Noop", ctx -> TaskOutcome.success()));
            tasks.start();
            ServerTask task = nodes.enqueue(tasks, request("Callback"));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> tasks.get(USER, task.id()).state() == TaskState.EXECUTING);
            tasks.cancel(USER, task.id());
            assertThat(callback.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(tasks.awaitCompletion(USER, task.id(), Duration.ofSeconds(20)).state())
                    .isEqualTo(TaskState.CANCELED);

            ServerTask finished = nodes.enqueue(tasks, request("Noop"));
            assertThat(tasks.awaitCompletion(USER, finished.id(), Duration.ofSeconds(20)).state())
                    .isEqualTo(TaskState.SUCCESS);
            assertThat(tasks.cancel(USER, finished.id()).state()).isEqualTo(TaskState.SUCCESS);
        }
    }
}

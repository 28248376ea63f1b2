package io.jenkins.plugins.freight.engine.task;

import static io.jenkins.plugins.freight.engine.task.TaskNodes.handler;
import static io.jenkins.plugins.freight.engine.task.TaskNodes.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.task.log.ActivityStatus;
import io.jenkins.plugins.freight.engine.task.log.LogBlock;
import io.jenkins.plugins.freight.engine.task.log.LogCategory;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TaskExecutionTest {

    private static final Caller SYSTEM = Caller.system();

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void queuedTaskRunsItsHandlerAndSucceedsWithItsLog(DatabaseKind kind) {
        try (TaskNodes nodes = new TaskNodes(kind.newSettings())) {
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

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void handlerFailureAndExceptionFailTheTaskAndUnhandledTasksWait(DatabaseKind kind) {
        try (TaskNodes nodes = new TaskNodes(kind.newSettings())) {
            TaskService tasks = nodes.node("node-a", 2);
            tasks.register(handler("Refuse", ctx -> TaskOutcome.failed("Target is offline")));
            tasks.register(
                    handler(
                            "Explode",
                            ctx -> {
                                throw new IllegalStateException("Disk full on target");
                            }));
            tasks.start();
            ServerTask refused = nodes.enqueue(tasks, request("Refuse"));
            ServerTask exploded = nodes.enqueue(tasks, request("Explode"));
            ServerTask unknown = nodes.enqueue(tasks, request("NobodyRunsThis"));

            for (ServerTask task : List.of(refused, exploded)) {
                assertThat(tasks.awaitCompletion(SYSTEM, task.id(), Duration.ofSeconds(20)).state())
                        .isEqualTo(TaskState.FAILED);
            }
            assertThat(tasks.get(SYSTEM, refused.id()).errorMessage())
                    .isEqualTo("Target is offline");
            assertThat(tasks.get(SYSTEM, exploded.id()).errorMessage())
                    .isEqualTo("Disk full on target");
            assertThat(tasks.get(SYSTEM, exploded.id()).hasWarningsOrErrors()).isTrue();
            // no node has a handler for it: it waits in the queue until one does
            assertThat(tasks.get(SYSTEM, unknown.id()).state()).isEqualTo(TaskState.QUEUED);
            tasks.register(handler("NobodyRunsThis", ctx -> TaskOutcome.success()));
            assertThat(tasks.awaitCompletion(SYSTEM, unknown.id(), Duration.ofSeconds(20)).state())
                    .isEqualTo(TaskState.SUCCESS);
            assertThat(tasks.rawLog(SYSTEM, exploded.id())).contains("Disk full on target");
            assertThat(
                            tasks.details(SYSTEM, exploded.id(), false, null)
                                    .activityLogs()
                                    .get(0)
                                    .status())
                    .isEqualTo(ActivityStatus.Failed);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void secretNeverAppearsInTaskLogOrErrorMessage(DatabaseKind kind) {
        String secret = "hunter2-S3cret";
        try (TaskNodes nodes = new TaskNodes(kind.newSettings())) {
            TaskService tasks = nodes.node("node-a", 1);
            tasks.register(
                    handler(
                            "Leak",
                            ctx -> {
                                ctx.log().useMasker(text -> text.replace(secret, "********"));
                                LogBlock step = ctx.log().root().child("Use " + secret).start();
                                step.info("password is " + secret);
                                step.write(LogCategory.Verbose, "detail", "still " + secret);
                                step.finish(ActivityStatus.Success);
                                throw new IllegalStateException("login with " + secret + " failed");
                            }));
            tasks.start();
            ServerTask task = nodes.enqueue(tasks, request("Leak"));
            ServerTask done = tasks.awaitCompletion(SYSTEM, task.id(), Duration.ofSeconds(20));

            assertThat(done.state()).isEqualTo(TaskState.FAILED);
            assertThat(done.errorMessage()).doesNotContain(secret).contains("********");
            String raw = tasks.rawLog(SYSTEM, task.id());
            assertThat(raw).doesNotContain(secret).contains("password is ********");
            assertThat(tasks.details(SYSTEM, task.id(), true, null).toString())
                    .doesNotContain(secret);
            assertThat(done.toString()).doesNotContain(secret);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void progressAndWarningsShowOnTheTask(DatabaseKind kind) {
        try (TaskNodes nodes = new TaskNodes(kind.newSettings())) {
            TaskService tasks = nodes.node("node-a", 1);
            CountDownLatch release = new CountDownLatch(1);
            tasks.register(
                    handler(
                            "Slow",
                            ctx -> {
                                ctx.progress(40, "Deploying to web-01");
                                ctx.log().root().warn("Disk almost full");
                                release.await(20, TimeUnit.SECONDS);
                                return TaskOutcome.success();
                            }));
            tasks.start();
            ServerTask task = nodes.enqueue(tasks, request("Slow"));
            await().atMost(Duration.ofSeconds(10))
                    .until(
                            () -> {
                                // Progress and log lines are stored by separate batched writes.
                                ServerTask now = tasks.get(SYSTEM, task.id());
                                return now.progressPercentage() == 40 && now.hasWarningsOrErrors();
                            });
            ServerTask running = tasks.get(SYSTEM, task.id());
            assertThat(running.state()).isEqualTo(TaskState.EXECUTING);
            assertThat(running.progressMessage()).isEqualTo("Deploying to web-01");
            assertThat(running.hasWarningsOrErrors()).isTrue();
            assertThat(running.hasBeenPickedUpByProcessor()).isTrue();
            release.countDown();
            ServerTask done = tasks.awaitCompletion(SYSTEM, task.id(), Duration.ofSeconds(20));
            assertThat(done.state()).isEqualTo(TaskState.SUCCESS);
            assertThat(tasks.details(SYSTEM, task.id(), false, null).activityLogs().get(0).status())
                    .isEqualTo(ActivityStatus.SuccessWithWarning);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void tasksWithOneConcurrencyTagRunOneAtATimeInQueueOrder(DatabaseKind kind) {
        try (TaskNodes nodes = new TaskNodes(kind.newSettings())) {
            TaskService tasks = nodes.node("node-a", 4);
            AtomicInteger inside = new AtomicInteger();
            AtomicInteger maxInside = new AtomicInteger();
            List<String> order = new CopyOnWriteArrayList<>();
            tasks.register(
                    handler(
                            "Tagged",
                            ctx -> {
                                maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                                order.add(ctx.taskId());
                                Thread.sleep(100);
                                inside.decrementAndGet();
                                return TaskOutcome.success();
                            }));
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                ids.add(
                        nodes.enqueue(
                                        tasks,
                                        request("Tagged")
                                                .withConcurrencyTag("Projects-1/Environments-1"))
                                .id());
            }
            tasks.start();
            for (String id : ids) {
                assertThat(tasks.awaitCompletion(SYSTEM, id, Duration.ofSeconds(20)).state())
                        .isEqualTo(TaskState.SUCCESS);
            }
            assertThat(maxInside.get()).isEqualTo(1);
            assertThat(order).containsExactlyElementsOf(ids);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void nodeNeverRunsMoreTasksThanItsCap(DatabaseKind kind) {
        try (TaskNodes nodes = new TaskNodes(kind.newSettings())) {
            TaskService tasks = nodes.node("node-a", 2);
            AtomicInteger inside = new AtomicInteger();
            AtomicInteger maxInside = new AtomicInteger();
            tasks.register(
                    handler(
                            "Busy",
                            ctx -> {
                                maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                                Thread.sleep(80);
                                inside.decrementAndGet();
                                return TaskOutcome.success();
                            }));
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                ids.add(nodes.enqueue(tasks, request("Busy")).id());
            }
            tasks.start();
            for (String id : ids) {
                assertThat(tasks.awaitCompletion(SYSTEM, id, Duration.ofSeconds(20)).state())
                        .isEqualTo(TaskState.SUCCESS);
            }
            assertThat(maxInside.get()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void scheduledTaskWaitsForItsQueueTimeAndExpiredOneTimesOut(DatabaseKind kind) {
        try (TaskNodes nodes = new TaskNodes(kind.newSettings())) {
            TaskService tasks = nodes.node("node-a", 1);
            tasks.register(handler("Noop", ctx -> TaskOutcome.success()));
            Instant now = Instant.now();
            ServerTask later =
                    nodes.enqueue(
                            tasks,
                            request("Noop")
                                    .withQueueTime(now.plusMillis(1500), now.plusSeconds(60)));
            ServerTask expired =
                    nodes.enqueue(
                            tasks,
                            request("Noop")
                                    .withQueueTime(now.minusSeconds(10), now.minusSeconds(5)));
            tasks.start();

            ServerTask timedOut =
                    tasks.awaitCompletion(SYSTEM, expired.id(), Duration.ofSeconds(10));
            assertThat(timedOut.state()).isEqualTo(TaskState.TIMED_OUT);
            assertThat(timedOut.startTime()).isNull();
            assertThat(tasks.rawLog(SYSTEM, expired.id())).contains("queue-time expiry");
            assertThat(tasks.get(SYSTEM, later.id()).state()).isEqualTo(TaskState.QUEUED);
            ServerTask ran = tasks.awaitCompletion(SYSTEM, later.id(), Duration.ofSeconds(10));
            assertThat(ran.state()).isEqualTo(TaskState.SUCCESS);
            assertThat(ran.startTime()).isAfterOrEqualTo(now.plusMillis(1400));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void badRequestIsRefusedWithEveryProblemAndStoresNothing(DatabaseKind kind) {
        try (TaskNodes nodes = new TaskNodes(kind.newSettings())) {
            TaskService tasks = nodes.node("node-a", 1);
            Instant now = Instant.now();
            TaskRequest bad =
                    new TaskRequest(
                            "Spaces-1",
                            " ",
                            "x".repeat(1001),
                            Map.of("A", new Object()),
                            null,
                            null,
                            null,
                            "",
                            now,
                            now.minusSeconds(1));
            assertThatThrownBy(() -> nodes.enqueue(tasks, bad))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e ->
                                    assertThat(e.errors())
                                            .hasSize(5)
                                            .anySatisfy(m -> assertThat(m).contains("name"))
                                            .anySatisfy(m -> assertThat(m).contains("description"))
                                            .anySatisfy(m -> assertThat(m).contains("concurrency"))
                                            .anySatisfy(m -> assertThat(m).contains("expiry"))
                                            .anySatisfy(m -> assertThat(m).contains("JSON")));
            assertThat(tasks.list(SYSTEM, TaskQuery.inSpace(null)).totalResults()).isZero();
            assertThatThrownBy(() -> tasks.get(SYSTEM, "ServerTasks-999"))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessage("Task 'ServerTasks-999' was not found");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void rerunQueuesTheSameTaskAgainWithAFreshLog(DatabaseKind kind) {
        try (TaskNodes nodes = new TaskNodes(kind.newSettings())) {
            TaskService tasks = nodes.node("node-a", 1);
            AtomicInteger runs = new AtomicInteger();
            CountDownLatch hold = new CountDownLatch(1);
            tasks.register(
                    handler(
                            "Flaky",
                            ctx -> {
                                ctx.log().root().info("attempt " + runs.incrementAndGet());
                                if (runs.get() == 1) {
                                    return TaskOutcome.failed("first attempt fails");
                                }
                                hold.await(20, TimeUnit.SECONDS);
                                return TaskOutcome.success();
                            }));
            tasks.start();
            ServerTask task = nodes.enqueue(tasks, request("Flaky"));
            assertThat(tasks.awaitCompletion(SYSTEM, task.id(), Duration.ofSeconds(20)).state())
                    .isEqualTo(TaskState.FAILED);

            ServerTask again = tasks.rerun(SYSTEM, task.id());
            assertThat(again.id()).isEqualTo(task.id());
            assertThat(again.state()).isEqualTo(TaskState.QUEUED);
            assertThat(again.errorMessage()).isNull();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> tasks.get(SYSTEM, task.id()).state() == TaskState.EXECUTING);
            assertThatThrownBy(() -> tasks.rerun(SYSTEM, task.id()))
                    .isInstanceOf(ConflictException.class);
            hold.countDown();
            assertThat(tasks.awaitCompletion(SYSTEM, task.id(), Duration.ofSeconds(20)).state())
                    .isEqualTo(TaskState.SUCCESS);
            String raw = tasks.rawLog(SYSTEM, task.id());
            assertThat(raw).contains("attempt 2").doesNotContain("attempt 1");
        }
    }
}

package io.jenkins.plugins.freight.engine.task;

import static io.jenkins.plugins.freight.engine.task.TaskNodes.handler;
import static io.jenkins.plugins.freight.engine.task.TaskNodes.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.task.log.LogElement;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LiveFollowingTest {

    private static final Caller SYSTEM = Caller.system();

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void waiterOnTheRunningNodeLearnsOfCompletionAtOnce(DatabaseKind kind) throws Exception {
        try (TaskNodes nodes = new TaskNodes(kind.newSettings())) {
            TaskService tasks = nodes.node("node-a", 1);
            CountDownLatch finish = new CountDownLatch(1);
            AtomicLong returnedAt = new AtomicLong();
            tasks.register(
                    handler(
                            "Gate",
                            ctx -> {
                                finish.await(20, TimeUnit.SECONDS);
                                returnedAt.set(System.nanoTime());
                                return TaskOutcome.success();
                            }));
            AtomicLong listenerAt = new AtomicLong();
            tasks.addCompletionListener(t -> listenerAt.compareAndSet(0, System.nanoTime()));
            tasks.start();
            ServerTask task = nodes.enqueue(tasks, request("Gate"));
            ServerTask executing =
                    tasks.awaitChange(SYSTEM, task.id(), task.version(), Duration.ofSeconds(10));
            assertThat(executing.version()).isGreaterThan(task.version());

            CompletableFuture<ServerTask> waiter =
                    CompletableFuture.supplyAsync(
                            () -> tasks.awaitCompletion(SYSTEM, task.id(), Duration.ofSeconds(30)));
            Thread.sleep(200);
            finish.countDown();
            ServerTask done = waiter.get(30, TimeUnit.SECONDS);
            long learnedAt = System.nanoTime();

            assertThat(done.state()).isEqualTo(TaskState.SUCCESS);
            // generous bound; the benchmark measures the real latency (typically a few ms)
            assertThat(Duration.ofNanos(learnedAt - returnedAt.get()))
                    .isLessThan(Duration.ofSeconds(1));
            await().atMost(Duration.ofSeconds(5)).until(() -> listenerAt.get() > 0);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void followerSeesNewLinesAsTheyAreWrittenAlsoFromAnotherNode(DatabaseKind kind)
            throws Exception {
        try (TaskNodes nodes = new TaskNodes(kind.newSettings())) {
            TaskService runner = nodes.node("node-a", 1);
            TaskService follower = nodes.node("node-b", 1);
            CountDownLatch next = new CountDownLatch(1);
            runner.register(
                    handler(
                            "Chatty",
                            ctx -> {
                                ctx.log().root().info("line one");
                                next.await(20, TimeUnit.SECONDS);
                                ctx.log().root().info("line two");
                                return TaskOutcome.success();
                            }));
            runner.start();
            ServerTask task = nodes.enqueue(runner, request("Chatty"));

            List<String> seen = new ArrayList<>();
            long lastLine = 0;
            ServerTask current = task;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!current.isCompleted() && System.nanoTime() < deadline) {
                current =
                        follower.awaitChange(
                                SYSTEM, task.id(), current.version(), Duration.ofSeconds(5));
                for (LogElement line : follower.logLinesAfter(SYSTEM, task.id(), lastLine, 100)) {
                    seen.add(line.messageText());
                    lastLine = line.number();
                }
                if (seen.contains("line one")) {
                    next.countDown();
                }
            }
            for (LogElement line : follower.logLinesAfter(SYSTEM, task.id(), lastLine, 100)) {
                seen.add(line.messageText());
            }
            assertThat(current.state()).isEqualTo(TaskState.SUCCESS);
            assertThat(seen).containsSubsequence("line one", "line two");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void awaitChangeReturnsAfterTheTimeoutWhenNothingHappens(DatabaseKind kind) {
        try (TaskNodes nodes = new TaskNodes(kind.newSettings())) {
            TaskService tasks = nodes.node("node-a", 1);
            ServerTask task = nodes.enqueue(tasks, request("NotStarted"));
            long before = System.nanoTime();
            ServerTask same =
                    tasks.awaitChange(SYSTEM, task.id(), task.version(), Duration.ofMillis(300));
            assertThat(Duration.ofNanos(System.nanoTime() - before))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(290));
            assertThat(same.version()).isEqualTo(task.version());
            assertThat(same.state()).isEqualTo(TaskState.QUEUED);
        }
    }
}

package io.jenkins.plugins.freight.engine.task;

import static io.jenkins.plugins.freight.engine.task.TaskNodes.handler;
import static io.jenkins.plugins.freight.engine.task.TaskNodes.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NodeLossTest {

    private static final Caller SYSTEM = Caller.system();

    /**
     * Saves a checkpoint, then blocks until the test ends (on the node that will be lost); a
     * resumed run finishes from the checkpoint.
     */
    private static TaskHandler resumable(List<String> runs, CountDownLatch never) {
        return handler(
                "Resumable",
                ctx -> {
                    runs.add(
                            ctx.nodeName()
                                    + " "
                                    + ctx.resumeReason()
                                    + " "
                                    + ctx.checkpoint().orElse("-"));
                    if (ctx.checkpoint().isPresent()) {
                        return TaskOutcome.success();
                    }
                    ctx.saveCheckpoint("{\"step\":1}");
                    never.await();
                    return TaskOutcome.success();
                });
    }

    private static TaskHandler notResumable(CountDownLatch never) {
        return new TaskHandler() {
            @Override
            public String name() {
                return "Fragile";
            }

            @Override
            public TaskOutcome execute(TaskContext context) throws Exception {
                never.await();
                return TaskOutcome.success();
            }

            @Override
            public boolean canResumeAfterNodeLoss(String checkpoint) {
                return false;
            }
        };
    }

    @Test
    void nodeThatStopsHeartbeatingHasItsTasksReclaimedByAnotherNode() {
        CountDownLatch never = new CountDownLatch(1);
        try (TaskNodes nodes = new TaskNodes(DatabaseKind.POSTGRESQL.newSettings())) {
            List<String> runs = new CopyOnWriteArrayList<>();
            TaskService lost = nodes.nodeWithOwnPool(TaskNodes.fastSettings("node-a", 2));
            TaskService survivor = nodes.nodeWithOwnPool(TaskNodes.fastSettings("node-b", 2));
            for (TaskService node : List.of(lost, survivor)) {
                node.register(resumable(runs, never));
                node.register(notResumable(never));
            }
            ServerTask resumable = nodes.enqueue(lost, request("Resumable"));
            ServerTask fragile = nodes.enqueue(lost, request("Fragile"));
            lost.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> lost.runningCount() == 2);
            survivor.start();

            long crashedAt = System.nanoTime();
            lost.haltAsIfCrashed();

            ServerTask resumed =
                    survivor.awaitCompletion(SYSTEM, resumable.id(), Duration.ofSeconds(60));
            ServerTask failed =
                    survivor.awaitCompletion(SYSTEM, fragile.id(), Duration.ofSeconds(60));
            Duration reclaimedAfter = Duration.ofNanos(System.nanoTime() - crashedAt);

            assertThat(resumed.state()).isEqualTo(TaskState.SUCCESS);
            assertThat(resumed.serverNode()).isEqualTo("node-b");
            assertThat(runs).containsExactly("node-a FIRST_RUN -", "node-b NODE_LOST {\"step\":1}");
            assertThat(survivor.rawLog(SYSTEM, resumable.id()))
                    .contains("Node 'node-a' stopped renewing its lease on this task")
                    .contains("queued again and resumes from its last checkpoint");
            assertThat(failed.state()).isEqualTo(TaskState.FAILED);
            assertThat(survivor.rawLog(SYSTEM, fragile.id()))
                    .contains("Node 'node-a' stopped renewing its lease")
                    .contains("cannot be resumed safely");
            // lease 2 s + sweep 0.3 s in this test; the defaults (30 s + 5 s) stay under 60 s
            assertThat(reclaimedAfter).isLessThan(Duration.ofSeconds(30));
        } finally {
            never.countDown();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void restartedNodeRecoversItsOwnTasksWithoutWaitingForTheLease(DatabaseKind kind) {
        CountDownLatch never = new CountDownLatch(1);
        try (TaskNodes nodes = new TaskNodes(kind.newSettings())) {
            List<String> runs = new CopyOnWriteArrayList<>();
            TaskSettings longLease =
                    TaskNodes.fastSettings("node-a", 1)
                            .withLease(
                                    Duration.ofMinutes(10),
                                    Duration.ofSeconds(1),
                                    Duration.ofMinutes(5));
            TaskService before = nodes.node(longLease);
            before.register(resumable(runs, never));
            ServerTask task = nodes.enqueue(before, request("Resumable"));
            before.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> runs.size() == 1);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> before.get(SYSTEM, task.id()).version() > 0);
            before.haltAsIfCrashed();

            TaskService after = nodes.node(longLease);
            after.register(resumable(runs, never));
            after.start();

            ServerTask done = after.awaitCompletion(SYSTEM, task.id(), Duration.ofSeconds(20));
            assertThat(done.state()).isEqualTo(TaskState.SUCCESS);
            assertThat(runs).containsExactly("node-a FIRST_RUN -", "node-a NODE_LOST {\"step\":1}");
            assertThat(after.rawLog(SYSTEM, task.id()))
                    .contains("Node 'node-a' restarted while running this task");
        } finally {
            never.countDown();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void gracefulStopHandsUnfinishedTasksBackToTheQueue(DatabaseKind kind) {
        CountDownLatch never = new CountDownLatch(1);
        try (TaskNodes nodes = new TaskNodes(kind.newSettings())) {
            List<String> runs = new CopyOnWriteArrayList<>();
            TaskService first = nodes.node("node-a", 1);
            first.register(resumable(runs, never));
            ServerTask task = nodes.enqueue(first, request("Resumable"));
            first.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> runs.size() == 1);

            first.stop();
            assertThat(first.get(SYSTEM, task.id()).state()).isEqualTo(TaskState.EXECUTING);

            TaskService second = nodes.node("node-b", 1);
            second.register(resumable(runs, never));
            second.start();
            assertThat(second.awaitCompletion(SYSTEM, task.id(), Duration.ofSeconds(20)).state())
                    .isEqualTo(TaskState.SUCCESS);
            assertThat(second.rawLog(SYSTEM, task.id()))
                    .contains("Node 'node-a' shut down while running this task");
        } finally {
            never.countDown();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void runningTaskThatNoNodeHoldsIsQueuedAgain(DatabaseKind kind) {
        try (TaskNodes nodes = new TaskNodes(kind.newSettings())) {
            List<String> runs = new CopyOnWriteArrayList<>();
            TaskService tasks = nodes.node("node-a", 1);
            tasks.register(
                    handler(
                            "Orphan",
                            ctx -> {
                                runs.add(ctx.resumeReason().name());
                                return TaskOutcome.success();
                            }));
            ServerTask task = nodes.enqueue(tasks, request("Orphan"));
            nodes.database()
                    .useTransaction(
                            h -> {
                                h.execute("DELETE FROM task_queue WHERE task_id = ?", task.id());
                                h.execute(
                                        "UPDATE server_tasks SET state = 'Executing' WHERE id = ?",
                                        task.id());
                            });

            tasks.start();

            assertThat(tasks.awaitCompletion(SYSTEM, task.id(), Duration.ofSeconds(20)).state())
                    .isEqualTo(TaskState.SUCCESS);
            assertThat(runs).containsExactly("NODE_LOST");
            assertThat(tasks.rawLog(SYSTEM, task.id()))
                    .contains("The task was found running with no node holding it");
        }
    }
}

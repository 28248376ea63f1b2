package io.jenkins.plugins.freight.engine.task;

import static io.jenkins.plugins.freight.engine.task.TaskNodes.handler;
import static io.jenkins.plugins.freight.engine.task.TaskNodes.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.storage.DatabaseSettings;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Several nodes (task services with their own pools, or other JVMs) on one PostgreSQL. */
class MultiNodeTest {

    private static final Caller SYSTEM = Caller.system();

    @Test
    void thousandQueuedTasksRunExactlyOnceAcrossThreeNodes() {
        try (TaskNodes nodes = new TaskNodes(DatabaseKind.POSTGRESQL.newSettings())) {
            Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
            Set<String> nodesUsed = ConcurrentHashMap.newKeySet();
            List<TaskService> services = new ArrayList<>();
            for (String name : List.of("node-1", "node-2", "node-3")) {
                TaskService service = nodes.nodeWithOwnPool(TaskNodes.fastSettings(name, 4));
                service.register(
                        handler(
                                "Noop",
                                ctx -> {
                                    runs.computeIfAbsent(ctx.taskId(), k -> new AtomicInteger())
                                            .incrementAndGet();
                                    nodesUsed.add(ctx.nodeName());
                                    return TaskOutcome.success();
                                }));
                services.add(service);
            }
            List<String> ids =
                    nodes.database()
                            .inTransaction(
                                    h -> {
                                        List<String> queued = new ArrayList<>();
                                        for (int i = 0; i < 1000; i++) {
                                            queued.add(
                                                    services.get(0)
                                                            .enqueue(h, request("Noop"))
                                                            .id());
                                        }
                                        return queued;
                                    });
            services.forEach(TaskService::start);

            TaskQuery succeeded =
                    TaskQuery.inSpace("Spaces-1").withStates(Set.of(TaskState.SUCCESS)).page(0, 0);
            await().atMost(Duration.ofSeconds(180))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> services.get(0).list(SYSTEM, succeeded).totalResults() == 1000);

            assertThat(runs.keySet()).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(runs.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
            assertThat(nodesUsed).hasSizeGreaterThanOrEqualTo(2);
            TaskPage all = services.get(1).list(SYSTEM, TaskQuery.inSpace("Spaces-1").page(0, 0));
            assertThat(all.totalCounts()).containsEntry(TaskState.SUCCESS, 1000);
            assertThat(all.totalCounts()).containsEntry(TaskState.QUEUED, 0);
        }
    }

    @Test
    void tasksOfAKilledNodeProcessAreReclaimedWithinAMinute() throws Exception {
        DatabaseSettings settings = DatabaseKind.POSTGRESQL.newSettings();
        try (TaskNodes nodes = new TaskNodes(settings)) {
            TaskService survivor = nodes.nodeWithOwnPool(TaskNodes.fastSettings("survivor", 4));
            survivor.register(ChildNode.holdHandler());
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                ids.add(nodes.enqueue(survivor, request(ChildNode.HOLD)).id());
            }
            Process child = ChildNode.start(settings, "doomed-node");
            try {
                waitUntilRunning(child, ids.size());
                survivor.start();

                long killedAt = System.nanoTime();
                child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

                for (String id : ids) {
                    ServerTask done = survivor.awaitCompletion(SYSTEM, id, Duration.ofSeconds(60));
                    assertThat(done.state()).isEqualTo(TaskState.SUCCESS);
                    assertThat(done.serverNode()).isEqualTo("survivor");
                    assertThat(survivor.rawLog(SYSTEM, id))
                            .contains("Node 'doomed-node' stopped renewing its lease on this task");
                }
                assertThat(Duration.ofNanos(System.nanoTime() - killedAt))
                        .isLessThan(Duration.ofSeconds(60));
            } finally {
                child.destroyForcibly();
            }
        }
    }

    private static void waitUntilRunning(Process child, int count) throws Exception {
        BufferedReader out =
                new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        int running = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (running < count && System.nanoTime() < deadline) {
            String line = out.readLine();
            if (line == null) {
                throw new AssertionError("The child node exited before running its tasks");
            }
            if (line.startsWith("RUNNING ")) {
                running++;
            }
        }
        assertThat(running).isEqualTo(count);
    }
}

package io.jenkins.plugins.freight.engine.task;

import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.storage.DatabaseSettings;
import io.jenkins.plugins.freight.engine.testing.TestDatabases;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Task throughput and completion-to-notification latency on one node with the default settings
 * (task cap 5, lease 30 s, heartbeat 10 s).
 *
 * <ol>
 *   <li>No-op tasks per minute: N tasks are queued in one transaction, then one node runs them; the
 *       time runs from start until the last completion listener call.
 *   <li>Completion-to-notification latency: a handler returns, and a waiter blocked in {@code
 *       awaitCompletion} (on the same node, then on a second node of the same database) wakes; the
 *       time between the two, for M tasks one after another.
 * </ol>
 *
 * <pre>
 * ./mvnw -q -B -pl engine test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.jenkins.plugins.freight.engine.task.TaskBenchmark \
 *     -Dexec.args="h2 2000 100"
 * </pre>
 *
 * Arguments: database ({@code h2} = an H2 file as embedded in Jenkins, or {@code postgresql} = a
 * local PostgreSQL server as the tests start it), N, M.
 */
public final class TaskBenchmark {

    private static final Caller SYSTEM = Caller.system();

    private TaskBenchmark() {}

    public static void main(String[] args) throws Exception {
        String kind = args.length > 0 ? args[0] : "h2";
        int tasks = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int samples = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        DatabaseSettings settings =
                kind.equals("postgresql")
                        ? TestDatabases.postgresSettings()
                        : DatabaseSettings.h2File(Files.createTempDirectory("freight-task-bench"));
        try (Database database = Database.open(settings)) {
            System.out.printf("database: %s%n", settings.dialect());
            throughput(database, tasks);
            latency(database, samples);
        }
        System.exit(0);
    }

    private static TaskSettings defaults(String node) {
        return new TaskSettings(
                node,
                5,
                Duration.ofSeconds(30),
                Duration.ofSeconds(10),
                Duration.ofSeconds(5),
                Duration.ofMillis(500),
                Duration.ofMillis(250),
                Duration.ofMillis(200),
                3);
    }

    private static void throughput(Database database, int count) throws Exception {
        TaskService node =
                new TaskService(database, AccessPolicy.authenticatedCallers(), defaults("bench-1"));
        node.register(TaskNodes.handler("Noop", ctx -> TaskOutcome.success()));
        CountDownLatch done = new CountDownLatch(count);
        node.addCompletionListener(t -> done.countDown());
        database.useTransaction(
                h -> {
                    for (int i = 0; i < count; i++) {
                        node.enqueue(h, TaskNodes.request("Noop"));
                    }
                });
        long start = System.nanoTime();
        node.start();
        if (!done.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("Tasks did not finish in 10 minutes");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        node.stop();
        System.out.printf(
                "no-op tasks: %d in %.1f s = %.0f tasks/minute%n",
                count, seconds, count / seconds * 60);
    }

    private static void latency(Database database, int samples) throws Exception {
        TaskService node =
                new TaskService(database, AccessPolicy.authenticatedCallers(), defaults("bench-2"));
        TaskService other =
                new TaskService(database, AccessPolicy.authenticatedCallers(), defaults("bench-3"));
        AtomicLong returnedAt = new AtomicLong();
        CountDownLatch[] gate = new CountDownLatch[1];
        node.register(
                TaskNodes.handler(
                        "Gate",
                        ctx -> {
                            gate[0].await();
                            returnedAt.set(System.nanoTime());
                            return TaskOutcome.success();
                        }));
        node.start();
        // the other node has no handlers: it runs nothing, but listens for changes
        other.start();
        ExecutorService waiters = Executors.newSingleThreadExecutor();
        try {
            for (TaskService waiterNode : new TaskService[] {node, other}) {
                long[] micros = new long[samples];
                for (int i = 0; i < samples; i++) {
                    gate[0] = new CountDownLatch(1);
                    ServerTask task =
                            database.inTransaction(h -> node.enqueue(h, TaskNodes.request("Gate")));
                    node.awaitChange(SYSTEM, task.id(), task.version(), Duration.ofSeconds(10));
                    Future<Long> woke =
                            waiters.submit(
                                    () -> {
                                        waiterNode.awaitCompletion(
                                                SYSTEM, task.id(), Duration.ofSeconds(30));
                                        return System.nanoTime();
                                    });
                    Thread.sleep(20);
                    gate[0].countDown();
                    micros[i] = (woke.get(30, TimeUnit.SECONDS) - returnedAt.get()) / 1000;
                }
                Arrays.sort(micros);
                System.out.printf(
                        "completion to notification (%s node): median %.1f ms, p90 %.1f ms,"
                                + " max %.1f ms%n",
                        waiterNode == node ? "same" : "other",
                        micros[samples / 2] / 1000.0,
                        micros[samples * 9 / 10] / 1000.0,
                        micros[samples - 1] / 1000.0);
            }
        } finally {
            waiters.shutdownNow();
            node.stop();
            other.stop();
        }
    }
}

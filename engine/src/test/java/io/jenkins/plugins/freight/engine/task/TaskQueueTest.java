package io.jenkins.plugins.freight.engine.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.storage.Dialect;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The queue's contract, on H2 and PostgreSQL. */
class TaskQueueTest {

    private final JdbcTaskRepository tasks = new JdbcTaskRepository(Dialect.H2);

    private List<String> queue(Database db, TaskQueue queue, int count, String tag) {
        return db.inTransaction(
                h -> {
                    Instant now = queue.now(h);
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        ServerTask task =
                                tasks.insert(
                                        h, TaskNodes.request("Noop").withConcurrencyTag(tag), now);
                        queue.add(h, task, now);
                        ids.add(task.id());
                    }
                    return ids;
                });
    }

    private static List<String> claim(Database db, TaskQueue queue, String instance, int max) {
        return db.inTransaction(
                h ->
                        queue.claim(
                                h,
                                "node",
                                instance,
                                List.of("Noop"),
                                max,
                                queue.now(h).plusSeconds(30)));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void concurrentClaimersNeverTakeTheSameTask(DatabaseKind kind) throws Exception {
        try (TaskNodes nodes = new TaskNodes(kind.newSettings())) {
            Database db = nodes.database();
            TaskQueue shared = new JdbcTaskQueue(db.dialect());
            List<String> ids = queue(db, shared, 200, null);
            List<String> claimed = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> claimers = new ArrayList<>();
                for (int c = 0; c < 4; c++) {
                    // on PostgreSQL every claimer is a node of its own; H2 serves one node
                    TaskQueue queue =
                            kind == DatabaseKind.POSTGRESQL
                                    ? new JdbcTaskQueue(db.dialect())
                                    : shared;
                    String instance = "instance-" + c;
                    claimers.add(
                            pool.submit(
                                    () -> {
                                        List<String> got;
                                        do {
                                            got = claim(db, queue, instance, 3);
                                            claimed.addAll(got);
                                        } while (!got.isEmpty() || stillQueued(db) > 0);
                                        return null;
                                    }));
                }
                for (Future<?> claimer : claimers) {
                    claimer.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(claimed).hasSize(200).doesNotHaveDuplicates();
            assertThat(claimed).containsExactlyInAnyOrderElementsOf(ids);
        }
    }

    private static int stillQueued(Database db) {
        return db.withHandle(
                h ->
                        h.createQuery(
                                        "SELECT count(*) FROM task_queue WHERE owner_instance IS NULL")
                                .mapTo(Integer.class)
                                .one());
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void concurrencyTagLetsOneTaskRunAtATimeInQueueOrder(DatabaseKind kind) {
        try (TaskNodes nodes = new TaskNodes(kind.newSettings())) {
            Database db = nodes.database();
            TaskQueue queue = new JdbcTaskQueue(db.dialect());
            List<String> tagged = queue(db, queue, 3, "Projects-1/Environments-1");
            List<String> free = queue(db, queue, 1, null);

            assertThat(claim(db, queue, "a", 10)).containsExactly(tagged.get(0), free.get(0));
            assertThat(claim(db, queue, "b", 10)).isEmpty();

            db.useTransaction(h -> queue.remove(h, tagged.get(0)));
            assertThat(claim(db, queue, "b", 10)).containsExactly(tagged.get(1));

            db.useTransaction(h -> queue.release(h, tagged.get(1)));
            assertThat(claim(db, queue, "c", 10)).containsExactly(tagged.get(1));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void leasesRenewAndExpire(DatabaseKind kind) {
        try (TaskNodes nodes = new TaskNodes(kind.newSettings())) {
            Database db = nodes.database();
            TaskQueue queue = new JdbcTaskQueue(db.dialect());
            List<String> ids = queue(db, queue, 2, null);
            db.inTransaction(
                    h ->
                            queue.claim(
                                    h,
                                    "node-a",
                                    "a",
                                    List.of("Noop"),
                                    2,
                                    queue.now(h).minusSeconds(1)));

            Set<String> renewed =
                    db.inTransaction(
                            h ->
                                    queue.renew(
                                            h,
                                            "a",
                                            List.of(ids.get(0)),
                                            queue.now(h).plus(Duration.ofMinutes(1))));
            assertThat(renewed).containsExactly(ids.get(0));
            Set<String> notMine =
                    db.inTransaction(h -> queue.renew(h, "someone-else", ids, queue.now(h)));
            assertThat(notMine).isEmpty();

            List<TaskQueue.Entry> expired =
                    db.inTransaction(h -> queue.expired(h, queue.now(h), 10));
            assertThat(expired).extracting(TaskQueue.Entry::taskId).containsExactly(ids.get(1));
            assertThat(expired.get(0).ownerNode()).isEqualTo("node-a");

            List<TaskQueue.Entry> left =
                    db.inTransaction(
                            h -> queue.leftByEarlierInstances(h, "node-a", "new-instance"));
            assertThat(left).extracting(TaskQueue.Entry::taskId).containsExactlyElementsOf(ids);
            List<TaskQueue.Entry> mine =
                    db.inTransaction(h -> queue.leftByEarlierInstances(h, "node-a", "a"));
            assertThat(mine).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void futureTasksAreNotClaimedBeforeTheirTime(DatabaseKind kind) {
        try (TaskNodes nodes = new TaskNodes(kind.newSettings())) {
            Database db = nodes.database();
            TaskQueue queue = new JdbcTaskQueue(db.dialect());
            String id =
                    db.inTransaction(
                            h -> {
                                Instant now = queue.now(h);
                                ServerTask task = tasks.insert(h, TaskNodes.request("Noop"), now);
                                queue.add(h, task, now.plusSeconds(3600));
                                return task.id();
                            });
            assertThat(claim(db, queue, "a", 5)).isEmpty();
            db.useTransaction(
                    h ->
                            h.execute(
                                    "UPDATE task_queue SET available_at = CURRENT_TIMESTAMP WHERE task_id = ?",
                                    id));
            assertThat(claim(db, queue, "a", 5)).containsExactly(id);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void nodeClaimsOnlyTasksItHasAHandlerFor(DatabaseKind kind) {
        try (TaskNodes nodes = new TaskNodes(kind.newSettings())) {
            Database db = nodes.database();
            TaskQueue queue = new JdbcTaskQueue(db.dialect());
            List<String> noop = queue(db, queue, 1, null);
            List<String> claimedElsewhere =
                    db.inTransaction(
                            h ->
                                    queue.claim(
                                            h,
                                            "n",
                                            "x",
                                            List.of("Deploy"),
                                            5,
                                            queue.now(h).plusSeconds(30)));
            assertThat(claimedElsewhere).isEmpty();
            List<String> none =
                    db.inTransaction(
                            h ->
                                    queue.claim(
                                            h,
                                            "n",
                                            "x",
                                            List.of(),
                                            5,
                                            queue.now(h).plusSeconds(30)));
            assertThat(none).isEmpty();
            assertThat(claim(db, queue, "y", 5)).containsExactlyElementsOf(noop);
        }
    }
}

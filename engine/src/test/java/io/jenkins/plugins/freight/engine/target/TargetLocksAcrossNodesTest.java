package io.jenkins.plugins.freight.engine.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.storage.DatabaseSettings;
import io.jenkins.plugins.freight.engine.testing.TestDatabases;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link JdbcTargetLocks} of two nodes (each with its own connection pool) on one real PostgreSQL:
 * one holder at a time across both, renewals keep a long step's lock, and a dead node's lock is
 * taken over once its lease runs out.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TargetLocksAcrossNodesTest {

    private static final Duration LEASE = Duration.ofSeconds(2);
    private static final Duration HEARTBEAT = Duration.ofMillis(300);

    @Test
    void stepsOfTwoNodesNeverHoldATargetAtTheSameTime() throws Exception {
        DatabaseSettings settings = TestDatabases.postgresSettings();
        try (Database a = Database.open(settings);
                Database b = Database.open(settings)) {
            JdbcTargetLocks nodeA = new JdbcTargetLocks(a, "node-a", LEASE, HEARTBEAT).start();
            JdbcTargetLocks nodeB = new JdbcTargetLocks(b, "node-b", LEASE, HEARTBEAT).start();
            AtomicInteger inside = new AtomicInteger();
            AtomicInteger most = new AtomicInteger();
            AtomicInteger turns = new AtomicInteger();
            ExecutorService steps = Executors.newFixedThreadPool(6);
            try {
                List<Future<?>> all = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    JdbcTargetLocks node = i % 2 == 0 ? nodeA : nodeB;
                    all.add(
                            steps.submit(
                                    () -> {
                                        for (int turn = 0; turn < 4; turn++) {
                                            try (TargetLocks.Held held =
                                                    node.acquire("Machines-1")) {
                                                most.accumulateAndGet(
                                                        inside.incrementAndGet(), Math::max);
                                                Thread.sleep(20);
                                                inside.decrementAndGet();
                                                turns.incrementAndGet();
                                            }
                                        }
                                        return null;
                                    }));
                }
                for (Future<?> f : all) {
                    f.get();
                }
            } finally {
                steps.shutdownNow();
                nodeA.stop();
                nodeB.stop();
            }
            assertThat(turns.get()).isEqualTo(24);
            assertThat(most.get()).isEqualTo(1);
            assertThat(nodeA.isBusy("Machines-1")).isFalse();
        }
    }

    @Test
    void aLiveNodeKeepsItsLockAndADeadNodesLockIsTakenOverAfterTheLease() throws Exception {
        DatabaseSettings settings = TestDatabases.postgresSettings();
        try (Database a = Database.open(settings);
                Database b = Database.open(settings)) {
            JdbcTargetLocks nodeA = new JdbcTargetLocks(a, "node-a", LEASE, HEARTBEAT).start();
            JdbcTargetLocks nodeB = new JdbcTargetLocks(b, "node-b", LEASE, HEARTBEAT).start();
            try {
                nodeA.acquire("Machines-7"); // never released: node A "dies" below
                assertThat(nodeB.isBusy("Machines-7")).isTrue();
                CompletableFuture<TargetLocks.Held> waiting =
                        CompletableFuture.supplyAsync(
                                () -> {
                                    try {
                                        return nodeB.acquire("Machines-7");
                                    } catch (InterruptedException e) {
                                        throw new IllegalStateException(e);
                                    }
                                });
                // node A renews its lease while it lives: well past one lease, B still waits
                Thread.sleep(LEASE.multipliedBy(2).toMillis());
                assertThat(waiting).isNotDone();

                nodeA.stop(); // no more renewals, as when the node is killed
                TargetLocks.Held taken =
                        waiting.get(LEASE.plusSeconds(5).toMillis(), TimeUnit.MILLISECONDS);
                String holder =
                        b.withHandle(
                                h ->
                                        h.createQuery(
                                                        "SELECT node_name FROM target_locks WHERE"
                                                                + " target_id = 'Machines-7'")
                                                .mapTo(String.class)
                                                .one());
                assertThat(holder).isEqualTo("node-b");
                taken.close();
                await().atMost(Duration.ofSeconds(5)).until(() -> !nodeB.isBusy("Machines-7"));
            } finally {
                nodeA.stop();
                nodeB.stop();
            }
        }
    }

    @Test
    void aRestartedNodeFreesTheLocksItsCrashedRunLeftBehindAtOnce() throws Exception {
        DatabaseSettings settings = TestDatabases.postgresSettings();
        try (Database before = Database.open(settings);
                Database after = Database.open(settings)) {
            JdbcTargetLocks crashed =
                    new JdbcTargetLocks(before, "node-a", Duration.ofMinutes(5), HEARTBEAT).start();
            crashed.acquire("Machines-3"); // never released
            crashed.stop();
            JdbcTargetLocks other =
                    new JdbcTargetLocks(after, "node-b", Duration.ofMinutes(5), HEARTBEAT).start();
            assertThat(other.isBusy("Machines-3")).isTrue();

            JdbcTargetLocks restarted =
                    new JdbcTargetLocks(after, "node-a", Duration.ofMinutes(5), HEARTBEAT).start();
            try {
                assertThat(other.isBusy("Machines-3")).isFalse();
            } finally {
                restarted.stop();
                other.stop();
            }
        }
    }
}

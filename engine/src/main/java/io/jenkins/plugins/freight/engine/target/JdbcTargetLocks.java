package io.jenkins.plugins.freight.engine.target;

import io.jenkins.plugins.freight.engine.storage.Database;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link TargetLocks} that hold across every node sharing the database: a target's lock is a row of
 * {@code target_locks} leased to one step on one node. Steps of this node queue for the target on a
 * fair local lock first, so only one of them polls the database. The holder's lease is renewed
 * every heartbeat while the step runs; a lease that ran out (its node died or lost the database) is
 * taken over by the next step that asks, so a dead node blocks a target for at most one lease.
 * Times are the database's, so the nodes' clocks do not matter.
 *
 * <p>{@link #start()} frees what an earlier run of the node left and starts the renewals; {@link
 * #stop()} stops them; locks held when the node stops expire, or are freed when it starts again.
 */
public final class JdbcTargetLocks implements TargetLocks {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcTargetLocks.class);

    private final Database database;
    private final String nodeName;
    private final Duration lease;
    private final Duration heartbeat;
    private final Duration poll;
    private final LocalTargetLocks local = new LocalTargetLocks();
    private final Map<String, String> held = new ConcurrentHashMap<>();
    private ScheduledExecutorService renewals;

    /**
     * @param lease how long a lock outlives its node's last renewal
     * @param heartbeat how often held locks are renewed (well under the lease)
     */
    public JdbcTargetLocks(Database database, String nodeName, Duration lease, Duration heartbeat) {
        this.database = Objects.requireNonNull(database, "database");
        this.nodeName = Objects.requireNonNull(nodeName, "nodeName");
        this.lease = lease;
        this.heartbeat = heartbeat;
        this.poll = Duration.ofMillis(Math.max(50, Math.min(500, heartbeat.toMillis() / 2)));
    }

    /**
     * Frees the locks an earlier run of this node left behind (it crashed: node names are unique in
     * a cluster, as for the task queue), then starts renewing held locks. Idempotent.
     */
    public synchronized JdbcTargetLocks start() {
        if (renewals == null) {
            int freed =
                    database.withHandle(
                            h ->
                                    h.createUpdate(
                                                    "DELETE FROM target_locks WHERE node_name ="
                                                            + " :node")
                                            .bind("node", nodeName)
                                            .execute());
            if (freed > 0) {
                LOG.warn(
                        "Freed {} target lock(s) that an earlier run of node {} left behind.",
                        freed,
                        nodeName);
            }
            renewals =
                    Executors.newSingleThreadScheduledExecutor(
                            r -> {
                                Thread t = new Thread(r, "freight-target-locks-" + nodeName);
                                t.setDaemon(true);
                                return t;
                            });
            long every = heartbeat.toMillis();
            renewals.scheduleWithFixedDelay(this::renewAll, every, every, TimeUnit.MILLISECONDS);
        }
        return this;
    }

    /** Stops renewing; locks still held expire after their lease. */
    public synchronized void stop() {
        if (renewals != null) {
            renewals.shutdownNow();
            renewals = null;
        }
    }

    @Override
    public Held acquire(String targetId) throws InterruptedException {
        Held localHold = local.acquire(targetId);
        String owner = nodeName + "/" + UUID.randomUUID();
        try {
            while (!claim(targetId, owner)) {
                Thread.sleep(poll.toMillis());
            }
        } catch (InterruptedException | RuntimeException e) {
            localHold.close();
            throw e;
        }
        held.put(targetId, owner);
        return () -> {
            try {
                held.remove(targetId, owner);
                database.withHandle(h -> release(h, targetId, owner));
            } finally {
                localHold.close();
            }
        };
    }

    @Override
    public boolean isBusy(String targetId) {
        if (local.isBusy(targetId)) {
            return true;
        }
        return database.withHandle(
                h ->
                        h.createQuery(
                                                "SELECT COUNT(*) FROM target_locks WHERE target_id = :t"
                                                        + " AND expires_at >= CURRENT_TIMESTAMP")
                                        .bind("t", targetId)
                                        .mapTo(Integer.class)
                                        .one()
                                > 0);
    }

    /** Takes a free or expired lock; false when another step holds it. */
    private boolean claim(String targetId, String owner) {
        return database.withHandle(
                h -> {
                    Instant now = now(h);
                    Instant until = now.plus(lease);
                    String previous =
                            h.createQuery(
                                            "SELECT node_name FROM target_locks WHERE target_id ="
                                                    + " :t AND expires_at < :now")
                                    .bind("t", targetId)
                                    .bind("now", utc(now))
                                    .mapTo(String.class)
                                    .findOne()
                                    .orElse(null);
                    int taken =
                            h.createUpdate(
                                            "UPDATE target_locks SET owner = :owner, node_name ="
                                                    + " :node, acquired_at = :now, expires_at ="
                                                    + " :until WHERE target_id = :t AND expires_at"
                                                    + " < :now")
                                    .bind("owner", owner)
                                    .bind("node", nodeName)
                                    .bind("now", utc(now))
                                    .bind("until", utc(until))
                                    .bind("t", targetId)
                                    .execute();
                    if (taken == 1) {
                        LOG.warn(
                                "Took over the lock of target {} that node {} held: its lease ran"
                                        + " out.",
                                targetId,
                                previous);
                        return true;
                    }
                    return h.createUpdate(
                                            "INSERT INTO target_locks (target_id, owner, node_name,"
                                                    + " acquired_at, expires_at) VALUES (:t,"
                                                    + " :owner, :node, :now, :until) ON CONFLICT DO"
                                                    + " NOTHING")
                                    .bind("t", targetId)
                                    .bind("owner", owner)
                                    .bind("node", nodeName)
                                    .bind("now", utc(now))
                                    .bind("until", utc(until))
                                    .execute()
                            == 1;
                });
    }

    private void renewAll() {
        try {
            database.withHandle(
                    h -> {
                        Instant until = now(h).plus(lease);
                        for (Map.Entry<String, String> e : held.entrySet()) {
                            int renewed =
                                    h.createUpdate(
                                                    "UPDATE target_locks SET expires_at = :until"
                                                            + " WHERE target_id = :t AND owner ="
                                                            + " :owner")
                                            .bind("until", utc(until))
                                            .bind("t", e.getKey())
                                            .bind("owner", e.getValue())
                                            .execute();
                            if (renewed == 0) {
                                LOG.warn(
                                        "Lost the lock of target {}: its lease ran out before it"
                                                + " was renewed.",
                                        e.getKey());
                            }
                        }
                        return null;
                    });
        } catch (RuntimeException e) {
            LOG.warn("Could not renew target locks: {}", e.getMessage());
        }
    }

    private static int release(Handle h, String targetId, String owner) {
        return h.createUpdate("DELETE FROM target_locks WHERE target_id = :t AND owner = :owner")
                .bind("t", targetId)
                .bind("owner", owner)
                .execute();
    }

    private static Instant now(Handle h) {
        return h.createQuery("SELECT CURRENT_TIMESTAMP")
                .mapTo(OffsetDateTime.class)
                .one()
                .toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

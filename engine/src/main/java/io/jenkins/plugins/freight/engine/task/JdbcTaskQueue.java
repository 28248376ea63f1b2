package io.jenkins.plugins.freight.engine.task;

import static io.jenkins.plugins.freight.engine.task.TaskRows.utc;

import io.jenkins.plugins.freight.engine.storage.Dialect;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * {@link TaskQueue} in SQL that H2 and PostgreSQL share: the claim locks candidate rows with {@code
 * FOR UPDATE SKIP LOCKED}, so concurrent claimers on several nodes never take the same row, and a
 * concurrency tag is held through a primary key ({@code INSERT … ON CONFLICT DO NOTHING}), so two
 * nodes can never run two tasks of one tag. On H2 (one node only) claims are also serialized in
 * this process.
 */
final class JdbcTaskQueue implements TaskQueue {

    private static final RowMapper<Entry> ENTRY =
            (rs, ctx) ->
                    new Entry(
                            rs.getString("task_id"),
                            rs.getString("owner_node"),
                            rs.getString("owner_instance"),
                            TaskRows.instant(rs, "lease_expires_at"));

    private static final String ENTRY_COLUMNS =
            "task_id, owner_node, owner_instance, lease_expires_at";

    private final ReentrantLock singleNodeClaims;

    JdbcTaskQueue(Dialect dialect) {
        this.singleNodeClaims = dialect == Dialect.H2 ? new ReentrantLock() : null;
    }

    @Override
    public Instant now(Handle handle) {
        return handle.createQuery("SELECT CURRENT_TIMESTAMP")
                .mapTo(OffsetDateTime.class)
                .one()
                .toInstant();
    }

    @Override
    public void add(Handle handle, ServerTask task, Instant availableAt) {
        handle.createUpdate(
                        "INSERT INTO task_queue (task_id, task_name, queue_seq, concurrency_tag,"
                                + " available_at) VALUES (:id, :name, nextval('seq_task_queue'),"
                                + " :tag, :at)")
                .bind("id", task.id())
                .bind("name", task.name())
                .bind("tag", task.concurrencyTag())
                .bind("at", utc(availableAt))
                .execute();
    }

    @Override
    public List<String> claim(
            Handle handle,
            String node,
            String instance,
            Collection<String> names,
            int max,
            Instant leaseUntil) {
        if (names.isEmpty() || max < 1) {
            return List.of();
        }
        if (singleNodeClaims != null) {
            singleNodeClaims.lock();
        }
        try {
            return claimLocked(handle, node, instance, names, max, leaseUntil);
        } finally {
            if (singleNodeClaims != null) {
                singleNodeClaims.unlock();
            }
        }
    }

    private List<String> claimLocked(
            Handle handle,
            String node,
            String instance,
            Collection<String> names,
            int max,
            Instant leaseUntil) {
        List<Candidate> candidates =
                handle.createQuery(
                                "SELECT q.task_id, q.concurrency_tag FROM task_queue q"
                                        + " WHERE q.owner_instance IS NULL"
                                        + " AND q.task_name IN (<names>)"
                                        + " AND q.available_at <= CURRENT_TIMESTAMP"
                                        + " AND (q.concurrency_tag IS NULL"
                                        + " OR EXISTS (SELECT 1 FROM task_concurrency_holds o"
                                        + " WHERE o.concurrency_tag = q.concurrency_tag"
                                        + " AND o.task_id = q.task_id)"
                                        + " OR (NOT EXISTS"
                                        + " (SELECT 1 FROM task_concurrency_holds h"
                                        + " WHERE h.concurrency_tag = q.concurrency_tag)"
                                        + " AND NOT EXISTS (SELECT 1 FROM task_queue e"
                                        + " WHERE e.concurrency_tag = q.concurrency_tag"
                                        + " AND e.queue_seq < q.queue_seq"
                                        + " AND e.owner_instance IS NULL"
                                        + " AND e.available_at <= CURRENT_TIMESTAMP)))"
                                        + " ORDER BY q.queue_seq LIMIT :scan"
                                        + " FOR UPDATE SKIP LOCKED")
                        .bindList("names", List.copyOf(names))
                        .bind("scan", max + 16)
                        .map((rs, ctx) -> new Candidate(rs.getString(1), rs.getString(2)))
                        .list();
        List<String> claimed = new ArrayList<>();
        Set<String> tagsTaken = new HashSet<>();
        for (Candidate candidate : candidates) {
            if (claimed.size() == max) {
                break;
            }
            if (candidate.tag() != null
                    && (!tagsTaken.add(candidate.tag()) || !hold(handle, candidate))) {
                continue;
            }
            handle.createUpdate(
                            "UPDATE task_queue SET owner_node = :node, owner_instance ="
                                    + " :instance, lease_expires_at = :lease WHERE task_id = :id")
                    .bind("node", node)
                    .bind("instance", instance)
                    .bind("lease", utc(leaseUntil))
                    .bind("id", candidate.taskId())
                    .execute();
            claimed.add(candidate.taskId());
        }
        return claimed;
    }

    /**
     * Takes the tag's hold, or finds it already this task's (kept while it waited for a person);
     * false when another task holds it (or is taking it right now).
     */
    private static boolean hold(Handle handle, Candidate candidate) {
        int inserted =
                handle.createUpdate(
                                "INSERT INTO task_concurrency_holds (concurrency_tag, task_id)"
                                        + " VALUES (:tag, :id) ON CONFLICT DO NOTHING")
                        .bind("tag", candidate.tag())
                        .bind("id", candidate.taskId())
                        .execute();
        return inserted == 1
                || handle.createQuery(
                                        "SELECT count(*) FROM task_concurrency_holds"
                                                + " WHERE concurrency_tag = :tag AND task_id = :id")
                                .bind("tag", candidate.tag())
                                .bind("id", candidate.taskId())
                                .mapTo(Integer.class)
                                .one()
                        == 1;
    }

    @Override
    public Set<String> renew(
            Handle handle, String instance, Collection<String> taskIds, Instant leaseUntil) {
        if (taskIds.isEmpty()) {
            return Set.of();
        }
        handle.createUpdate(
                        "UPDATE task_queue SET lease_expires_at = :lease"
                                + " WHERE owner_instance = :instance AND task_id IN (<ids>)")
                .bind("lease", utc(leaseUntil))
                .bind("instance", instance)
                .bindList("ids", List.copyOf(taskIds))
                .execute();
        return new HashSet<>(
                handle.createQuery(
                                "SELECT task_id FROM task_queue WHERE owner_instance = :instance"
                                        + " AND task_id IN (<ids>)")
                        .bind("instance", instance)
                        .bindList("ids", List.copyOf(taskIds))
                        .mapTo(String.class)
                        .list());
    }

    @Override
    public Optional<Entry> lock(Handle handle, String taskId) {
        return handle.createQuery(
                        "SELECT "
                                + ENTRY_COLUMNS
                                + " FROM task_queue WHERE task_id = :id FOR UPDATE")
                .bind("id", taskId)
                .map(ENTRY)
                .findOne();
    }

    @Override
    public void remove(Handle handle, String taskId) {
        dropHold(handle, taskId);
        handle.createUpdate("DELETE FROM task_queue WHERE task_id = :id")
                .bind("id", taskId)
                .execute();
    }

    @Override
    public void release(Handle handle, String taskId) {
        dropHold(handle, taskId);
        handle.createUpdate(
                        "UPDATE task_queue SET owner_node = NULL, owner_instance = NULL,"
                                + " lease_expires_at = NULL WHERE task_id = :id")
                .bind("id", taskId)
                .execute();
    }

    @Override
    public void park(Handle handle, String taskId) {
        handle.createUpdate("DELETE FROM task_queue WHERE task_id = :id")
                .bind("id", taskId)
                .execute();
    }

    @Override
    public void dropHold(Handle handle, String taskId) {
        handle.createUpdate("DELETE FROM task_concurrency_holds WHERE task_id = :id")
                .bind("id", taskId)
                .execute();
    }

    @Override
    public List<Entry> expired(Handle handle, Instant now, int limit) {
        return handle.createQuery(
                        "SELECT "
                                + ENTRY_COLUMNS
                                + " FROM task_queue WHERE owner_instance IS NOT NULL"
                                + " AND lease_expires_at < :now ORDER BY queue_seq LIMIT :limit"
                                + " FOR UPDATE SKIP LOCKED")
                .bind("now", utc(now))
                .bind("limit", limit)
                .map(ENTRY)
                .list();
    }

    @Override
    public List<Entry> leftByEarlierInstances(Handle handle, String node, String instance) {
        return handle.createQuery(
                        "SELECT "
                                + ENTRY_COLUMNS
                                + " FROM task_queue WHERE owner_node = :node"
                                + " AND owner_instance <> :instance ORDER BY queue_seq"
                                + " FOR UPDATE SKIP LOCKED")
                .bind("node", node)
                .bind("instance", instance)
                .map(ENTRY)
                .list();
    }

    private record Candidate(String taskId, String tag) {}
}

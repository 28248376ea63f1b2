package io.jenkins.plugins.freight.engine.task;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * The durable queue: task ids waiting to run or running under a lease. Task state lives in {@link
 * TaskRepository}; each method here runs inside the caller's transaction.
 */
interface TaskQueue {

    /** The database's clock, which every lease is measured against (nodes' clocks may differ). */
    Instant now(Handle handle);

    /** Queues a task (again) behind everything queued so far, not to start before {@code at}. */
    void add(Handle handle, ServerTask task, Instant availableAt);

    /**
     * Claims up to {@code max} available tasks named one of {@code names} (the handlers this node
     * has) for this node instance, oldest first, at most one per concurrency tag (and none whose
     * tag another task holds; a task that kept its hold while it waited goes first), leasing them
     * until {@code leaseUntil}. Rows other nodes are claiming at the same moment are skipped, never
     * taken twice.
     */
    List<String> claim(
            Handle handle,
            String node,
            String instance,
            Collection<String> names,
            int max,
            Instant leaseUntil);

    /** Extends the leases this instance still owns; returns the ids it still owns. */
    Set<String> renew(
            Handle handle, String instance, Collection<String> taskIds, Instant leaseUntil);

    /** Locks and reads a task's queue row, if it has one. */
    Optional<Entry> lock(Handle handle, String taskId);

    /** Removes the row and its concurrency hold (completion, cancel). */
    void remove(Handle handle, String taskId);

    /** Gives the row back to the queue: no owner, no lease, no concurrency hold. */
    void release(Handle handle, String taskId);

    /**
     * Removes the row but keeps the task's concurrency hold: the task waits for a person and keeps
     * its turn, so later tasks of its tag stay queued. Queued again, the task takes its own hold
     * back ahead of them; {@link #remove} or {@link #dropHold} ends the hold.
     */
    void park(Handle handle, String taskId);

    /** Ends the task's concurrency hold, if it has one. */
    void dropHold(Handle handle, String taskId);

    /**
     * Rows whose lease ran out (their node stopped renewing), locked for this transaction; rows
     * another node is already sweeping are skipped.
     */
    List<Entry> expired(Handle handle, Instant now, int limit);

    /** Rows a former life of this node left behind (same node name, other instance). */
    List<Entry> leftByEarlierInstances(Handle handle, String node, String instance);

    /**
     * One queue row.
     *
     * @param ownerNode null while waiting
     * @param ownerInstance null while waiting
     */
    record Entry(String taskId, String ownerNode, String ownerInstance, Instant leaseExpiresAt) {
        boolean isOwnedBy(String instance) {
            return instance.equals(ownerInstance);
        }

        boolean isClaimed() {
            return ownerInstance != null;
        }
    }
}

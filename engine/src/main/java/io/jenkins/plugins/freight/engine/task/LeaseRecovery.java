package io.jenkins.plugins.freight.engine.task;

import io.jenkins.plugins.freight.engine.task.log.LogCategory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives back tasks whose node was lost: leases that ran out (the node stopped renewing them) and
 * tasks a former life of this node left behind when it crashed. Each such task is queued again to
 * resume from its last checkpoint, or fails when its handler says it cannot be resumed (or it was
 * recovered too often); either way its log says which node was lost and what was done. Also times
 * out queued tasks past their queue-time expiry.
 */
final class LeaseRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(LeaseRecovery.class);
    private static final int BATCH = 100;

    private final TaskStore store;
    private final TaskLifecycle lifecycle;
    private final Completions completions;
    private final Map<String, TaskHandler> handlers;
    private final int maxRecoveries;

    LeaseRecovery(
            TaskStore store,
            TaskLifecycle lifecycle,
            Completions completions,
            Map<String, TaskHandler> handlers,
            int maxRecoveries) {
        this.store = store;
        this.lifecycle = lifecycle;
        this.completions = completions;
        this.handlers = handlers;
        this.maxRecoveries = maxRecoveries;
    }

    /** One sweep: expired leases and expired queue times. Returns how many tasks it handled. */
    int sweep() {
        List<ServerTask> completed = new ArrayList<>();
        List<String> requeued = new ArrayList<>();
        store.database.useTransaction(
                h -> {
                    Instant now = store.queue.now(h);
                    for (TaskQueue.Entry entry : store.queue.expired(h, now, BATCH)) {
                        recover(h, entry, now, false, completed, requeued);
                    }
                });
        store.database.useTransaction(
                h -> {
                    Instant now = store.queue.now(h);
                    for (String id : store.tasks.queuedPastExpiry(h, now, BATCH)) {
                        var entry = store.queue.lock(h, id);
                        ServerTask task = store.tasks.lock(h, id).orElse(null);
                        if (task != null
                                && entry.isPresent()
                                && !entry.get().isClaimed()
                                && TaskLifecycle.isPastExpiry(task, now)) {
                            lifecycle.timeOut(h, task, now);
                            completed.add(store.tasks.find(h, id).orElseThrow());
                        }
                    }
                });
        store.database.useTransaction(
                h -> {
                    Instant now = store.queue.now(h);
                    for (String id : store.tasks.orphaned(h, BATCH)) {
                        adoptOrphan(h, id, now, completed, requeued);
                    }
                });
        announce(completed, requeued);
        return completed.size() + requeued.size();
    }

    private void adoptOrphan(
            Handle h, String id, Instant now, List<ServerTask> completed, List<String> requeued) {
        if (store.queue.lock(h, id).isPresent()) {
            return;
        }
        ServerTask task = store.tasks.lock(h, id).orElse(null);
        if (task == null || !task.state().isRunning() || store.interruptions.hasPending(h, id)) {
            return;
        }
        String found = "The task was found running with no node holding it";
        if (task.state() == TaskState.CANCELLING) {
            store.note(h, id, LogCategory.Warning, found + "; it was canceled.", now);
            store.complete(h, task, TaskState.CANCELED, "The task was canceled", now);
            completed.add(store.tasks.find(h, id).orElseThrow());
            return;
        }
        store.note(
                h,
                id,
                LogCategory.Warning,
                found + "; it was queued again and resumes from its last checkpoint.",
                now);
        store.queue.add(h, task, now);
        store.tasks.setResumeReason(h, id, ResumeReason.NODE_LOST, now);
        requeued.add(id);
    }

    /** At start: tasks this node's former life held are recovered at once, without waiting. */
    int recoverEarlierInstances(String node, String instance) {
        List<ServerTask> completed = new ArrayList<>();
        List<String> requeued = new ArrayList<>();
        store.database.useTransaction(
                h -> {
                    Instant now = store.queue.now(h);
                    for (TaskQueue.Entry entry :
                            store.queue.leftByEarlierInstances(h, node, instance)) {
                        recover(h, entry, now, true, completed, requeued);
                    }
                });
        announce(completed, requeued);
        return completed.size() + requeued.size();
    }

    private void announce(List<ServerTask> completed, List<String> requeued) {
        completions.completedAll(completed);
        requeued.forEach(completions::changed);
    }

    private void recover(
            Handle h,
            TaskQueue.Entry entry,
            Instant now,
            boolean restarted,
            List<ServerTask> completed,
            List<String> requeued) {
        ServerTask task = store.tasks.lock(h, entry.taskId()).orElseThrow();
        TaskRepository.RunState run = store.tasks.runState(h, task.id());
        String lost =
                restarted
                        ? "Node '" + entry.ownerNode() + "' restarted while running this task"
                        : "Node '"
                                + entry.ownerNode()
                                + "' stopped renewing its lease on this task (lease expired at "
                                + entry.leaseExpiresAt()
                                + ")";
        LOG.warn("{}: {}", task.id(), lost);
        if (task.state() == TaskState.CANCELLING) {
            store.note(h, task.id(), LogCategory.Warning, lost + "; the task was canceled.", now);
            store.complete(h, task, TaskState.CANCELED, "The task was canceled", now);
            completed.add(store.tasks.find(h, task.id()).orElseThrow());
            return;
        }
        TaskHandler handler = handlers.get(task.name());
        String refusal = null;
        if (run.recoveries() >= maxRecoveries) {
            refusal = "it was already recovered " + run.recoveries() + " times";
        } else if (handler != null && !canResume(handler, run.checkpoint())) {
            refusal = "its handler says it cannot be resumed safely";
        }
        if (refusal != null) {
            store.note(
                    h,
                    task.id(),
                    LogCategory.Error,
                    lost + "; the task was failed because " + refusal + ".",
                    now);
            store.complete(
                    h, task, TaskState.FAILED, lost + "; the task could not be resumed", now);
            completed.add(store.tasks.find(h, task.id()).orElseThrow());
            return;
        }
        store.note(
                h,
                task.id(),
                LogCategory.Warning,
                lost
                        + "; the task was queued again and resumes from its last checkpoint"
                        + (run.checkpoint() == null ? " (none saved: from the start)." : "."),
                now);
        store.queue.release(h, task.id());
        store.tasks.setResumeReason(h, task.id(), ResumeReason.NODE_LOST, now);
        requeued.add(task.id());
    }

    private static boolean canResume(TaskHandler handler, String checkpoint) {
        try {
            return handler.canResumeAfterNodeLoss(checkpoint);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** At a graceful stop: tasks still running here go back to the queue at once. */
    void releaseOnShutdown(String node, String instance, java.util.Collection<String> taskIds) {
        List<String> released = new ArrayList<>();
        store.database.useTransaction(
                h -> {
                    Instant now = store.queue.now(h);
                    for (String id : taskIds) {
                        var entry = store.queue.lock(h, id);
                        if (entry.isEmpty() || !entry.get().isOwnedBy(instance)) {
                            continue;
                        }
                        store.tasks.lock(h, id).orElseThrow();
                        store.note(
                                h,
                                id,
                                LogCategory.Warning,
                                "Node '"
                                        + node
                                        + "' shut down while running this task; the task was"
                                        + " queued again and resumes from its last checkpoint.",
                                now);
                        store.queue.release(h, id);
                        store.tasks.setResumeReason(h, id, ResumeReason.NODE_LOST, now);
                        released.add(id);
                    }
                });
        released.forEach(completions::changed);
    }
}

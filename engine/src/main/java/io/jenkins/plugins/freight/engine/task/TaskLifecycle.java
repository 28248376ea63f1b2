package io.jenkins.plugins.freight.engine.task;

import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.task.log.LogCategory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The transactions that move tasks between states: claim, finish, suspend, cancel. Each is one
 * database transaction; announcements (waiters, completion listeners) follow the commit.
 */
final class TaskLifecycle {

    private final TaskStore store;
    private final Completions completions;

    TaskLifecycle(TaskStore store, Completions completions) {
        this.store = store;
        this.completions = completions;
    }

    /**
     * Claims up to {@code max} tasks for this node instance and marks them Executing, in one
     * transaction. Tasks found past their queue-time expiry time out instead.
     */
    List<ServerTask> claim(
            String node, String instance, Collection<String> names, int max, Duration lease) {
        List<ServerTask> timedOut = new ArrayList<>();
        List<ServerTask> started =
                store.database.inTransaction(
                        h -> {
                            Instant now = store.queue.now(h);
                            List<ServerTask> result = new ArrayList<>();
                            for (String id :
                                    store.queue.claim(
                                            h, node, instance, names, max, now.plus(lease))) {
                                ServerTask task = store.tasks.find(h, id).orElseThrow();
                                if (isPastExpiry(task, now)) {
                                    timeOut(h, task, now);
                                    timedOut.add(store.tasks.find(h, id).orElseThrow());
                                } else {
                                    store.tasks.markExecuting(h, id, node, now);
                                    ServerTask executing = store.tasks.find(h, id).orElseThrow();
                                    store.activity.started(
                                            h,
                                            executing,
                                            store.tasks.runState(h, id).resumeReason());
                                    result.add(executing);
                                }
                            }
                            return result;
                        });
        completions.completedAll(timedOut);
        started.forEach(t -> completions.changed(t.id()));
        return started;
    }

    static boolean isPastExpiry(ServerTask task, Instant now) {
        return task.state() == TaskState.QUEUED
                && task.queueTimeExpiry() != null
                && task.queueTimeExpiry().isBefore(now);
    }

    void timeOut(Handle h, ServerTask task, Instant now) {
        store.note(
                h,
                task.id(),
                LogCategory.Error,
                "The task was not started before its queue-time expiry ("
                        + task.queueTimeExpiry()
                        + ") and timed out.",
                now);
        store.complete(
                h,
                task,
                TaskState.TIMED_OUT,
                "The task was not started before its queue-time expiry",
                now);
    }

    /**
     * Stores the end of a run. Returns the completed task, or empty when this node no longer held
     * the lease (the outcome is then discarded: another node owns the task).
     */
    Optional<ServerTask> finish(String taskId, String instance, TaskState state, String error) {
        Optional<ServerTask> done =
                store.database.inTransaction(
                        h -> {
                            if (!holds(h, taskId, instance)) {
                                return Optional.<ServerTask>empty();
                            }
                            ServerTask task = store.tasks.lock(h, taskId).orElseThrow();
                            TaskState finalState =
                                    task.state() == TaskState.CANCELLING
                                            ? TaskState.CANCELED
                                            : state;
                            String message =
                                    finalState == TaskState.CANCELED && error == null
                                            ? "The task was canceled"
                                            : error;
                            Instant now = store.queue.now(h);
                            store.complete(h, task, finalState, message, now);
                            return store.tasks.find(h, taskId);
                        });
        done.ifPresent(completions::completed);
        return done;
    }

    /**
     * The handler returned {@link TaskOutcome#waitForInterruption()}: release thread, slot and
     * lease while an interruption is pending, and the concurrency tag too unless a pending
     * interruption blocks concurrent tasks; or queue the task again at once when none is pending
     * (it was answered meanwhile). Returns the task if it was canceled meanwhile instead.
     */
    Optional<ServerTask> suspend(String taskId, String instance) {
        Optional<ServerTask> canceled =
                store.database.inTransaction(
                        h -> {
                            if (!holds(h, taskId, instance)) {
                                return Optional.<ServerTask>empty();
                            }
                            ServerTask task = store.tasks.lock(h, taskId).orElseThrow();
                            Instant now = store.queue.now(h);
                            if (task.state() == TaskState.CANCELLING) {
                                store.complete(
                                        h, task, TaskState.CANCELED, "The task was canceled", now);
                                return store.tasks.find(h, taskId);
                            }
                            store.tasks.setResumeReason(
                                    h, taskId, ResumeReason.INTERRUPTION_SUBMITTED, now);
                            if (store.interruptions.hasPendingBlocking(h, taskId)) {
                                store.queue.park(h, taskId);
                                store.tasks.setPendingInterruptions(h, taskId, true, now);
                            } else if (store.interruptions.hasPending(h, taskId)) {
                                store.queue.remove(h, taskId);
                                store.tasks.setPendingInterruptions(h, taskId, true, now);
                            } else {
                                store.queue.release(h, taskId);
                            }
                            return Optional.<ServerTask>empty();
                        });
        canceled.ifPresentOrElse(completions::completed, () -> completions.changed(taskId));
        return canceled;
    }

    private boolean holds(Handle h, String taskId, String instance) {
        return store.queue.lock(h, taskId).map(e -> e.isOwnedBy(instance)).orElse(false);
    }

    /** What {@link #cancel} did. */
    record CancelResult(ServerTask task, boolean completed) {}

    /**
     * Queued or waiting tasks are canceled at once; running ones become Cancelling (the node
     * running them stops their handler and then stores Canceled). Finished tasks are left alone.
     */
    CancelResult cancel(Caller caller, String taskId) {
        CancelResult result =
                store.database.inTransaction(
                        h -> {
                            Optional<TaskQueue.Entry> entry = store.queue.lock(h, taskId);
                            ServerTask task =
                                    store.tasks
                                            .lock(h, taskId)
                                            .orElseThrow(
                                                    () -> NotFoundException.of("Task", taskId));
                            if (task.state().isTerminal() || task.state() == TaskState.CANCELLING) {
                                return new CancelResult(task, false);
                            }
                            Instant now = store.queue.now(h);
                            store.activity.cancelRequested(h, task, caller);
                            String who = caller.isSystem() ? "the system" : caller.username();
                            if (entry.isPresent() && entry.get().isClaimed()) {
                                store.note(
                                        h,
                                        taskId,
                                        LogCategory.Warning,
                                        "Cancellation requested by " + who + ".",
                                        now);
                                store.tasks.setState(h, taskId, TaskState.CANCELLING, null, now);
                                return new CancelResult(
                                        store.tasks.find(h, taskId).orElseThrow(), false);
                            }
                            store.note(
                                    h,
                                    taskId,
                                    LogCategory.Warning,
                                    "Canceled by " + who + ".",
                                    now);
                            store.complete(
                                    h, task, TaskState.CANCELED, "The task was canceled", now);
                            return new CancelResult(
                                    store.tasks.find(h, taskId).orElseThrow(), true);
                        });
        if (result.completed()) {
            completions.completed(result.task());
        } else {
            completions.changed(taskId);
        }
        return result;
    }

    /** Queues a finished task again with a fresh log, checkpoint and interruptions. */
    ServerTask rerun(String taskId) {
        return store.database.inTransaction(
                h -> {
                    store.queue.lock(h, taskId);
                    ServerTask current =
                            store.tasks
                                    .lock(h, taskId)
                                    .orElseThrow(() -> NotFoundException.of("Task", taskId));
                    if (!current.state().isTerminal()) {
                        throw new ConflictException(
                                "Task "
                                        + taskId
                                        + " has not finished; only finished tasks can be run again");
                    }
                    Instant now = store.queue.now(h);
                    store.logs.reset(h, taskId);
                    store.interruptions.deleteForTask(h, taskId);
                    store.tasks.resetForRerun(h, taskId, now);
                    store.queue.add(h, current, now);
                    return store.tasks.find(h, taskId).orElseThrow();
                });
    }
}

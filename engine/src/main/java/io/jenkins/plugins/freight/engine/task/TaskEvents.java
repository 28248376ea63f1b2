package io.jenkins.plugins.freight.engine.task;

import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.task.interruption.Interruption;
import io.jenkins.plugins.freight.engine.task.interruption.InterruptionListener;
import io.jenkins.plugins.freight.engine.task.log.LogCategory;
import io.jenkins.plugins.freight.engine.task.log.LogListener;
import java.time.Instant;
import org.jdbi.v3.core.Handle;

/**
 * Keeps task rows in step with their log and interruptions: a stored log batch bumps the task's
 * version; an answered interruption queues the waiting task again.
 */
final class TaskEvents implements LogListener, InterruptionListener {

    private final TaskStore store;
    private final ChangeNotifier notifier;
    private final Runnable wake;

    TaskEvents(TaskStore store, ChangeNotifier notifier, Runnable wake) {
        this.store = store;
        this.notifier = notifier;
        this.wake = wake;
    }

    @Override
    public void stored(
            Handle handle,
            String taskId,
            long addedChars,
            boolean warningsOrErrors,
            Integer taskProgress,
            String taskProgressMessage) {
        store.tasks.touch(
                handle,
                taskId,
                addedChars,
                warningsOrErrors,
                taskProgress,
                taskProgressMessage,
                Instant.now());
    }

    @Override
    public void committed(String taskId) {
        notifier.signal(taskId);
    }

    @Override
    public void lockTask(Handle handle, String taskId) {
        store.queue.lock(handle, taskId);
        store.tasks.lock(handle, taskId);
    }

    @Override
    public void answered(Handle handle, Interruption interruption, Caller caller) {
        String taskId = interruption.taskId();
        store.activity.interruptionSubmitted(handle, interruption, caller);
        ServerTask task = store.tasks.find(handle, taskId).orElseThrow();
        if (task.state().isTerminal()) {
            return;
        }
        Instant now = store.queue.now(handle);
        boolean stillPending = store.interruptions.hasPending(handle, taskId);
        store.tasks.setPendingInterruptions(handle, taskId, stillPending, now);
        store.note(
                handle,
                taskId,
                LogCategory.Info,
                "'"
                        + interruption.title()
                        + "' was answered by "
                        + caller.username()
                        + interruption.result().map(r -> ": " + r).orElse(""),
                now);
        boolean waiting = store.queue.lock(handle, taskId).isEmpty();
        if (waiting && !stillPending) {
            store.queue.add(handle, task, now);
            store.tasks.setResumeReason(handle, taskId, ResumeReason.INTERRUPTION_SUBMITTED, now);
        } else if (waiting && !store.interruptions.hasPendingBlocking(handle, taskId)) {
            // The blocking question was answered; the task waits on others without its turn.
            store.queue.dropHold(handle, taskId);
        }
    }

    @Override
    public void committed(Interruption interruption) {
        wake.run();
        notifier.signal(interruption.taskId());
    }
}

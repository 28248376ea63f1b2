package io.jenkins.plugins.freight.engine.task;

import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.task.interruption.InterruptionRepository;
import io.jenkins.plugins.freight.engine.task.log.ActivityLogRepository;
import io.jenkins.plugins.freight.engine.task.log.ActivityLogRepository.NewLine;
import io.jenkins.plugins.freight.engine.task.log.ActivityStatus;
import io.jenkins.plugins.freight.engine.task.log.LogCategory;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The task feature's storage in one place: task rows, the queue, activity logs and interruptions,
 * plus the few writes that always go together. Locks are always taken in the order queue row, task
 * row, interruption rows, so concurrent transactions cannot deadlock.
 */
final class TaskStore {

    final Database database;
    final TaskRepository tasks;
    final TaskQueue queue;
    final ActivityLogRepository logs;
    final InterruptionRepository interruptions;
    final TaskActivity activity = new TaskActivity();

    TaskStore(
            Database database,
            TaskRepository tasks,
            TaskQueue queue,
            ActivityLogRepository logs,
            InterruptionRepository interruptions) {
        this.database = database;
        this.tasks = tasks;
        this.queue = queue;
        this.logs = logs;
        this.interruptions = interruptions;
    }

    /** Writes one line into the task's root block at once (outside a running handler's log). */
    void note(Handle h, String taskId, LogCategory category, String text, Instant now) {
        String root = logs.rootBlockId(h, taskId);
        logs.appendLines(h, taskId, List.of(new NewLine(root, category, now, text, null)));
        tasks.touch(h, taskId, text.length(), category.isWarningOrError(), null, null, now);
    }

    /**
     * Ends a task for good: removes it from the queue, stores the terminal state, closes its open
     * log blocks and its pending interruptions. The caller holds the queue and task row locks.
     */
    void complete(Handle h, ServerTask task, TaskState state, String errorMessage, Instant now) {
        String taskId = task.id();
        boolean warnings =
                task.hasWarningsOrErrors()
                        || tasks.find(h, taskId).orElseThrow().hasWarningsOrErrors();
        queue.remove(h, taskId);
        tasks.setState(h, taskId, state, errorMessage, now);
        ActivityStatus root =
                switch (state) {
                    case SUCCESS ->
                            warnings ? ActivityStatus.SuccessWithWarning : ActivityStatus.Success;
                    case CANCELED -> ActivityStatus.Canceled;
                    default -> ActivityStatus.Failed;
                };
        ActivityStatus running = state == TaskState.SUCCESS ? ActivityStatus.Success : root;
        ActivityStatus pending =
                state == TaskState.CANCELED ? ActivityStatus.Canceled : ActivityStatus.Skipped;
        logs.closeOpenBlocks(h, taskId, root, running, pending, now);
        interruptions.closePending(h, taskId);
    }
}

package io.jenkins.plugins.freight.engine.task;

import io.jenkins.plugins.freight.engine.task.interruption.InterruptionService;
import io.jenkins.plugins.freight.engine.task.log.ActivityLogRepository;
import io.jenkins.plugins.freight.engine.task.log.LogListener;
import io.jenkins.plugins.freight.engine.task.log.TaskActivityLog;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs one claimed task's handler on a worker thread and stores how it ended. */
final class TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);

    private final String nodeName;
    private final TaskStore store;
    private final TaskLifecycle lifecycle;
    private final Map<String, TaskHandler> handlers;
    private final InterruptionService interruptions;
    private final ChangeNotifier notifier;
    private final LogListener logListener;
    private final ActivityLogRepository logs;
    private final Clock clock;

    TaskRunner(
            String nodeName,
            TaskStore store,
            TaskLifecycle lifecycle,
            Map<String, TaskHandler> handlers,
            InterruptionService interruptions,
            ChangeNotifier notifier,
            LogListener logListener,
            Clock clock) {
        this.nodeName = nodeName;
        this.store = store;
        this.lifecycle = lifecycle;
        this.handlers = handlers;
        this.interruptions = interruptions;
        this.notifier = notifier;
        this.logListener = logListener;
        this.logs = store.logs;
        this.clock = clock;
    }

    RunningTask prepare(ServerTask task, String instance) {
        TaskActivityLog log =
                TaskActivityLog.open(store.database, logs, task.id(), logListener, clock);
        TaskRepository.RunState runState =
                store.database.withHandle(h -> store.tasks.runState(h, task.id()));
        return new RunningTask(
                task, runState, log, store, interruptions, notifier, nodeName, instance, clock);
    }

    void run(RunningTask run, String instance) {
        TaskOutcome outcome;
        Throwable thrown = null;
        try {
            outcome = execute(run);
        } catch (Throwable e) {
            outcome = null;
            thrown = e;
        }
        run.markFinishing();
        if (run.isLost()) {
            return;
        }
        try {
            store(run, instance, outcome, thrown);
        } catch (RuntimeException e) {
            LOG.error(
                    "Could not store the end of task {}; its lease will run out and it will be"
                            + " recovered",
                    run.taskId(),
                    e);
        }
    }

    private TaskOutcome execute(RunningTask run) throws Exception {
        TaskHandler handler = handlers.get(run.task().name());
        if (handler == null) {
            return TaskOutcome.failed(
                    "No handler for tasks named '"
                            + run.task().name()
                            + "' is registered on node "
                            + nodeName);
        }
        run.log().root().start();
        if (run.resumeReason() != ResumeReason.FIRST_RUN) {
            run.log()
                    .root()
                    .verbose("Resuming on node " + nodeName + " (" + run.resumeReason() + ")");
        }
        return handler.execute(run);
    }

    private void store(RunningTask run, String instance, TaskOutcome outcome, Throwable thrown) {
        String id = run.taskId();
        if (outcome instanceof TaskOutcome.Suspended && !run.isCancellationRequested()) {
            run.log().close();
            retrying(() -> lifecycle.suspend(id, instance));
            return;
        }
        TaskState state;
        String error = null;
        if (run.isCancellationRequested()) {
            state = TaskState.CANCELED;
            run.log().root().warn("The task was canceled.");
        } else if (thrown != null) {
            state = TaskState.FAILED;
            error = run.log().mask(describe(thrown));
            run.log().root().error("The task failed: " + error);
            LOG.debug("Task {} failed with {}", id, thrown.getClass().getName());
        } else if (outcome instanceof TaskOutcome.Failed failed) {
            state = TaskState.FAILED;
            error = run.log().mask(failed.message());
            run.log().root().error(error);
        } else {
            state = TaskState.SUCCESS;
        }
        run.log().close();
        String message = truncate(error);
        retrying(() -> lifecycle.finish(id, instance, state, message));
    }

    /**
     * Stores a run's end, trying again a few times when the database fails for a moment (the lease
     * is still renewed meanwhile); after that the lease runs out and the task is recovered.
     */
    private static void retrying(Runnable storing) {
        for (int attempt = 1; ; attempt++) {
            try {
                storing.run();
                return;
            } catch (RuntimeException e) {
                if (attempt == 3) {
                    throw e;
                }
                LOG.warn(
                        "Could not store the end of a task run (attempt {}); retrying", attempt, e);
                try {
                    Thread.sleep(500L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static String describe(Throwable thrown) {
        String message = thrown.getMessage();
        return message == null || message.isBlank() ? thrown.getClass().getSimpleName() : message;
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 4000 ? error : error.substring(0, 3990) + " …";
    }
}

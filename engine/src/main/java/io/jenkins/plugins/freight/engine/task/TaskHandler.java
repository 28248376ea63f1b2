package io.jenkins.plugins.freight.engine.task;

/**
 * Runs tasks of one name (e.g. {@code Deploy}); register it with {@link TaskService#register}.
 *
 * <p>{@link #execute} may be called more than once for the same task: after the task waited for a
 * person (see {@link TaskContext#createInterruption}) and after the node running it was lost. Save
 * a checkpoint ({@link TaskContext#saveCheckpoint}) at each point the handler can continue from,
 * and read it back ({@link TaskContext#checkpoint}) at the start of {@code execute}.
 *
 * <p>Returning {@link TaskOutcome#success()} completes the task (Success); {@link
 * TaskOutcome#failed} or throwing fails it with the (masked) message; after cancellation was
 * requested any return or exception ends the task Canceled.
 */
public interface TaskHandler {

    /** The task name this handler runs. */
    String name();

    TaskOutcome execute(TaskContext context) throws Exception;

    /**
     * Whether a task whose node was lost may run again from {@code checkpoint} (null when it never
     * saved one). Return false when repeating the unfinished work could do harm; the task then
     * fails with a log line saying so. Default: true.
     */
    default boolean canResumeAfterNodeLoss(String checkpoint) {
        return true;
    }
}

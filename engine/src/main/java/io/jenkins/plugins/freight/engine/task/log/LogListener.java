package io.jenkins.plugins.freight.engine.task.log;

import org.jdbi.v3.core.Handle;

/** Told about every stored change of a task's log, so the task can record and announce it. */
public interface LogListener {

    /**
     * Runs inside the transaction that stores a change.
     *
     * @param addedChars characters of line text added
     * @param warningsOrErrors a Warning, Error or Fatal line was added
     * @param taskProgress the root block's new progress percentage, or null when unchanged
     * @param taskProgressMessage the root block's new progress message (when taskProgress is set)
     */
    void stored(
            Handle handle,
            String taskId,
            long addedChars,
            boolean warningsOrErrors,
            Integer taskProgress,
            String taskProgressMessage);

    /** Runs after the change was committed. */
    void committed(String taskId);
}

package io.jenkins.plugins.freight.engine.task.interruption;

import io.jenkins.plugins.freight.engine.security.Caller;
import org.jdbi.v3.core.Handle;

/** The task side of an answered interruption: the waiting task is resumed. */
public interface InterruptionListener {

    /**
     * Inside the submit transaction, before the interruption row is locked: locks the task's rows
     * (so every transaction takes its locks in the same order).
     */
    void lockTask(Handle handle, String taskId);

    /** Inside the submit transaction, after the interruption was stored as answered. */
    void answered(Handle handle, Interruption interruption, Caller caller);

    /** After the submit transaction committed. */
    void committed(Interruption interruption);
}

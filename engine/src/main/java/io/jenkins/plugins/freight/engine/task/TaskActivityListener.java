package io.jenkins.plugins.freight.engine.task;

import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.task.interruption.Interruption;
import org.jdbi.v3.core.Handle;

/**
 * Learns of what happens to a task while it runs, inside the transaction that makes it happen, so
 * what the listener writes (audit events) exists exactly when the change does. An exception rolls
 * the change back.
 */
public interface TaskActivityListener {

    /** A node starts running the task: its first run, or again after a person or a lost node. */
    default void started(Handle handle, ServerTask task, ResumeReason reason) {}

    /** The running task raised an interruption and will wait for a person. */
    default void interruptionRaised(Handle handle, ServerTask task, Interruption interruption) {}

    /** A person answered an interruption. */
    default void interruptionSubmitted(Handle handle, Interruption interruption, Caller caller) {}

    /** A person asked to cancel the task (it may still take a moment to stop). */
    default void cancelRequested(Handle handle, ServerTask task, Caller caller) {}
}

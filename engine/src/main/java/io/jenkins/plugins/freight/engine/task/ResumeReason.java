package io.jenkins.plugins.freight.engine.task;

/** Why a handler's {@code execute} is being called. */
public enum ResumeReason {
    /** The first run of this task (or of a rerun). */
    FIRST_RUN,
    /** An interruption the task waited for was submitted. */
    INTERRUPTION_SUBMITTED,
    /** The node that ran the task was lost (or restarted); the task runs again on this node. */
    NODE_LOST
}

package io.jenkins.plugins.freight.engine.task.log;

/** The status of one block of the activity log (Octopus's names). */
public enum ActivityStatus {
    Pending,
    Running,
    Success,
    Failed,
    Skipped,
    SuccessWithWarning,
    Canceled;

    /** Finished: anything but Pending and Running. */
    public boolean isTerminal() {
        return this != Pending && this != Running;
    }

    /** Success or SuccessWithWarning. */
    public boolean isSuccessful() {
        return this == Success || this == SuccessWithWarning;
    }
}

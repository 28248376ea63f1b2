package io.jenkins.plugins.freight.engine.plan;

/** Where a deployment plan stands. */
public enum PlanState {
    /** Being prepared: items and notes can change. */
    DRAFT,
    /** Deploying its items one after the other. */
    EXECUTING,
    SUCCEEDED,
    FAILED,
    ABORTED;

    public boolean isTerminal() {
        return this == SUCCEEDED || this == FAILED || this == ABORTED;
    }

    public boolean isSuccessful() {
        return this == SUCCEEDED;
    }

    /** Failed and aborted plans can be retried as a new draft. */
    public boolean canBeRetried() {
        return this == FAILED || this == ABORTED;
    }
}

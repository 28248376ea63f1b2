package io.jenkins.plugins.freight.engine.plan;

/** Where one item of a plan stands. */
public enum PlanItemState {
    PENDING,
    DEPLOYING,
    SUCCEEDED,
    FAILED,
    CANCELED,
    /** Not deployed because an earlier item failed or the plan was aborted. */
    SKIPPED;

    public boolean isTerminal() {
        return this != PENDING && this != DEPLOYING;
    }

    public boolean isSuccessful() {
        return this == SUCCEEDED;
    }
}

package io.jenkins.plugins.freight.server.ui;

import io.jenkins.plugins.freight.engine.task.TaskState;
import io.jenkins.plugins.freight.engine.task.log.ActivityStatus;

/**
 * How a state looks: a CSS modifier that picks its colour ({@code success}, {@code failed}, {@code
 * executing}, {@code queued}, {@code waiting}, {@code canceled}) and a label.
 */
public record StateView(String css, String label) {

    /** A task's state; an unfinished task that waits for a person shows as {@code waiting}. */
    public static StateView of(TaskState state, boolean waitingForPerson) {
        if (waitingForPerson && !state.isTerminal()) {
            return new StateView("waiting", "Waiting for a person");
        }
        return switch (state) {
            case QUEUED -> new StateView("queued", "Queued");
            case EXECUTING -> new StateView("executing", "Executing");
            case CANCELLING -> new StateView("executing", "Cancelling");
            case SUCCESS -> new StateView("success", "Success");
            case FAILED -> new StateView("failed", "Failed");
            case TIMED_OUT -> new StateView("failed", "Timed out");
            case CANCELED -> new StateView("canceled", "Canceled");
        };
    }

    /** A block of the activity log. */
    public static StateView of(ActivityStatus status) {
        return switch (status) {
            case Pending -> new StateView("queued", "Pending");
            case Running -> new StateView("executing", "Running");
            case Success -> new StateView("success", "Success");
            case SuccessWithWarning -> new StateView("warning", "Success with warnings");
            case Failed -> new StateView("failed", "Failed");
            case Skipped -> new StateView("canceled", "Skipped");
            case Canceled -> new StateView("canceled", "Canceled");
        };
    }
}

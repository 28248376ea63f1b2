package io.jenkins.plugins.freight.engine.step;

import java.util.Objects;
import java.util.Optional;

/**
 * How a step ended on one target: succeeded, failed (with a sentence saying why), or waiting for a
 * person (the execution raises the interruption, suspends the task, and runs the step again with
 * the response when it is submitted).
 */
public record StepOutcome(
        Status status, String message, Optional<InterventionRequest> intervention) {

    public enum Status {
        SUCCEEDED,
        FAILED,
        AWAITING_INTERVENTION;

        public boolean isSuccessful() {
            return this == SUCCEEDED;
        }

        public boolean isTerminal() {
            return this != AWAITING_INTERVENTION;
        }
    }

    public StepOutcome {
        Objects.requireNonNull(status, "status");
        message = message == null ? "" : message;
        Objects.requireNonNull(intervention, "intervention");
    }

    public static StepOutcome succeeded() {
        return new StepOutcome(Status.SUCCEEDED, "", Optional.empty());
    }

    public static StepOutcome failed(String message) {
        return new StepOutcome(Status.FAILED, message, Optional.empty());
    }

    public static StepOutcome awaiting(InterventionRequest request) {
        return new StepOutcome(Status.AWAITING_INTERVENTION, request.title(), Optional.of(request));
    }

    public boolean isSuccessful() {
        return status.isSuccessful();
    }
}

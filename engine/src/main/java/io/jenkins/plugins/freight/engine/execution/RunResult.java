package io.jenkins.plugins.freight.engine.execution;

/** How a deployment run ended (or paused). */
public record RunResult(Status status, String message) {

    public enum Status {
        SUCCEEDED,
        FAILED,
        CANCELED,
        /** Waiting for a person; the checkpoint holds where to continue. */
        WAITING;

        public boolean isTerminal() {
            return this != WAITING;
        }

        public boolean isSuccessful() {
            return this == SUCCEEDED;
        }
    }
}

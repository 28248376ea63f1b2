package io.jenkins.plugins.freight.engine.task;

import java.util.Objects;

/** How a handler's {@code execute} ended; see {@link TaskHandler}. */
public sealed interface TaskOutcome
        permits TaskOutcome.Succeeded, TaskOutcome.Failed, TaskOutcome.Suspended {

    /** The task completes with state Success. */
    static TaskOutcome success() {
        return Succeeded.INSTANCE;
    }

    /** The task completes with state Failed and this (masked) error message. */
    static TaskOutcome failed(String message) {
        return new Failed(message);
    }

    /**
     * The task waits for its pending interruptions: it stays Executing but gives up its thread, its
     * slot, its lease and its concurrency tag. When one is submitted the task is queued again and
     * the handler's {@code execute} runs anew (read the checkpoint and {@link
     * TaskContext#interruption} to continue). Returned with no pending interruption, the task is
     * queued again at once.
     */
    static TaskOutcome waitForInterruption() {
        return Suspended.INSTANCE;
    }

    record Succeeded() implements TaskOutcome {
        static final Succeeded INSTANCE = new Succeeded();
    }

    record Failed(String message) implements TaskOutcome {
        public Failed {
            Objects.requireNonNull(message, "message");
        }
    }

    record Suspended() implements TaskOutcome {
        static final Suspended INSTANCE = new Suspended();
    }
}

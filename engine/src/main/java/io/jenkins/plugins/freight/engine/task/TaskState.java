package io.jenkins.plugins.freight.engine.task;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.util.Locale;

/**
 * The life of a server task, with Octopus's state names ({@link #wireName()}).
 *
 * <p>Queued → Executing → Success | Failed; Queued → Canceled | TimedOut (not started before its
 * queue-time expiry); Executing → Cancelling → Canceled. A task that waits for a person stays
 * Executing (with pending interruptions) but holds no thread and no slot.
 */
public enum TaskState {
    QUEUED("Queued"),
    EXECUTING("Executing"),
    CANCELLING("Cancelling"),
    SUCCESS("Success"),
    FAILED("Failed"),
    CANCELED("Canceled"),
    TIMED_OUT("TimedOut");

    private final String wireName;

    TaskState(String wireName) {
        this.wireName = wireName;
    }

    /** The Octopus spelling, e.g. {@code TimedOut}; also what the database stores. */
    public String wireName() {
        return wireName;
    }

    /** Finished for good: Success, Failed, Canceled or TimedOut (Octopus's {@code IsCompleted}). */
    public boolean isTerminal() {
        return this == SUCCESS || this == FAILED || this == CANCELED || this == TIMED_OUT;
    }

    /** Only Success (Octopus's {@code FinishedSuccessfully}). */
    public boolean isSuccessful() {
        return this == SUCCESS;
    }

    /** Executing or Cancelling: picked up and not yet finished. */
    public boolean isRunning() {
        return this == EXECUTING || this == CANCELLING;
    }

    /** Parses an Octopus state name, ignoring case. */
    public static TaskState fromWireName(String name) {
        if (name != null) {
            String wanted = name.trim().toLowerCase(Locale.ROOT);
            for (TaskState state : values()) {
                if (state.wireName.toLowerCase(Locale.ROOT).equals(wanted)) {
                    return state;
                }
            }
        }
        throw new InvalidInputException(
                "Unknown task state '"
                        + name
                        + "'; expected one of Queued, Executing, Cancelling, Success, Failed,"
                        + " Canceled, TimedOut");
    }
}

package io.jenkins.plugins.freight.client.task;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A server task's state, as the Octopus REST API names it. */
public enum TaskState {
    @JsonProperty("Queued")
    QUEUED("Queued"),
    @JsonProperty("Executing")
    EXECUTING("Executing"),
    @JsonProperty("Cancelling")
    CANCELLING("Cancelling"),
    @JsonProperty("Success")
    SUCCESS("Success"),
    @JsonProperty("Failed")
    FAILED("Failed"),
    @JsonProperty("Canceled")
    CANCELED("Canceled"),
    @JsonProperty("TimedOut")
    TIMED_OUT("TimedOut"),
    /** A state this client does not know; treated as still running. */
    @JsonEnumDefaultValue
    UNKNOWN("Unknown");

    private final String wireName;

    TaskState(String wireName) {
        this.wireName = wireName;
    }

    /** The name on the wire, e.g. {@code TimedOut}. */
    public String wireName() {
        return wireName;
    }

    public boolean isTerminal() {
        return this == SUCCESS || this == FAILED || this == CANCELED || this == TIMED_OUT;
    }

    public boolean isSuccessful() {
        return this == SUCCESS;
    }
}

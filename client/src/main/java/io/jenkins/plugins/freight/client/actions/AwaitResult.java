package io.jenkins.plugins.freight.client.actions;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.jenkins.plugins.freight.client.task.TaskState;
import java.util.List;

/**
 * How the awaited tasks ended (or stood when waiting stopped).
 *
 * @param timedOut whether waiting stopped at the timeout before every task finished
 */
public record AwaitResult(List<TaskOutcome> tasks, boolean timedOut) {

    public AwaitResult {
        tasks = List.copyOf(tasks);
    }

    /** Whether every task finished successfully. */
    @JsonIgnore
    public boolean isSuccessful() {
        return !timedOut && tasks.stream().allMatch(t -> t.state().isSuccessful());
    }

    /**
     * One task's end.
     *
     * @param state the final state, or the state when waiting stopped
     * @param errorMessage the server's error message for a failed task, or {@code null}
     * @param duration the server's text, e.g. "32 seconds"
     * @param webUrl the task's page on the server, or {@code null}
     */
    public record TaskOutcome(
            String taskId,
            String description,
            TaskState state,
            String errorMessage,
            String duration,
            String webUrl) {}
}

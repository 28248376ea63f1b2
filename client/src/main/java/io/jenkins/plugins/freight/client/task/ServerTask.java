package io.jenkins.plugins.freight.client.task;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.jenkins.plugins.freight.client.transport.Links;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A server task (a deployment, a health check, …) as {@code GET /api/{space}/tasks/{id}} describes
 * it.
 */
public record ServerTask(
        String id,
        String name,
        String description,
        TaskState state,
        String completed,
        OffsetDateTime queueTime,
        OffsetDateTime startTime,
        OffsetDateTime completedTime,
        String duration,
        String errorMessage,
        boolean isCompleted,
        boolean finishedSuccessfully,
        boolean hasPendingInterruptions,
        boolean hasWarningsOrErrors,
        Map<String, String> links) {

    public ServerTask {
        state = state == null ? TaskState.UNKNOWN : state;
        links = Links.copy(links);
    }

    /** Finished, by the state or by the server's own flag (older servers set only one). */
    @JsonIgnore
    public boolean isDone() {
        return state.isTerminal() || isCompleted;
    }
}

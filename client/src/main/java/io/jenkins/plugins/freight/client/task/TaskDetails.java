package io.jenkins.plugins.freight.client.task;

import io.jenkins.plugins.freight.client.transport.Links;
import java.util.List;

/** {@code GET /api/{space}/tasks/{id}/details}: the task, its progress and its activity tree. */
public record TaskDetails(ServerTask task, Progress progress, List<ActivityElement> activityLogs) {

    public TaskDetails {
        activityLogs = Links.copy(activityLogs);
    }

    /** How far the task is. */
    public record Progress(Integer progressPercentage, String estimatedTimeRemaining) {}
}

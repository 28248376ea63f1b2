package io.jenkins.plugins.freight.engine.task;

import io.jenkins.plugins.freight.engine.task.log.ActivityElement;
import java.util.List;

/**
 * A task with its progress and activity tree (Octopus's task details).
 *
 * @param task the task
 * @param progressPercentage the task's progress, 0-100 (100 once completed)
 * @param progressMessage what it is doing, or null
 * @param physicalLogSize characters of log text stored
 * @param activityLogs the activity tree: one root element standing for the task
 */
public record TaskDetails(
        ServerTask task,
        int progressPercentage,
        String progressMessage,
        long physicalLogSize,
        List<ActivityElement> activityLogs) {
    public TaskDetails {
        activityLogs = List.copyOf(activityLogs);
    }
}

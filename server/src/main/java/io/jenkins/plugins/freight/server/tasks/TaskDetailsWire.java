package io.jenkins.plugins.freight.server.tasks;

import io.jenkins.plugins.freight.engine.task.TaskDetails;
import io.jenkins.plugins.freight.engine.task.log.ActivityElement;
import io.jenkins.plugins.freight.engine.task.log.LogElement;
import io.jenkins.plugins.freight.server.http.Links;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Octopus's task details: the task, its progress and the activity tree. */
public record TaskDetailsWire(
        TaskWire task,
        Progress progress,
        long physicalLogSize,
        List<ActivityWire> activityLogs,
        Map<String, String> links) {

    public record Progress(int progressPercentage, String estimatedTimeRemaining) {}

    /** One block of the activity tree. */
    public record ActivityWire(
            String id,
            String name,
            Instant started,
            Instant ended,
            String status,
            List<ActivityWire> children,
            boolean showAtSummaryLevel,
            List<LogLineWire> logElements,
            int progressPercentage,
            String progressMessage) {

        static ActivityWire of(ActivityElement e) {
            return new ActivityWire(
                    e.id(),
                    e.name(),
                    e.started(),
                    e.ended(),
                    e.status().name(),
                    e.children().stream().map(ActivityWire::of).toList(),
                    e.showAtSummaryLevel(),
                    e.logElements().stream().map(LogLineWire::of).toList(),
                    e.progressPercentage(),
                    e.progressMessage());
        }
    }

    /** One log line. */
    public record LogLineWire(
            String category, Instant occurredAt, String messageText, String detail, long number) {

        static LogLineWire of(LogElement e) {
            return new LogLineWire(
                    e.category().name(), e.occurredAt(), e.messageText(), e.detail(), e.number());
        }
    }

    static TaskDetailsWire of(TaskDetails details, Links l, Instant now) {
        TaskWire task = TaskWire.of(details.task(), l, now);
        return new TaskDetailsWire(
                task,
                new Progress(details.progressPercentage(), ""),
                details.physicalLogSize(),
                details.activityLogs().stream().map(ActivityWire::of).toList(),
                Links.of("Self", l.api("/tasks/" + Links.segment(task.id()) + "/details")));
    }
}

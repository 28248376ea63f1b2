package io.jenkins.plugins.freight.server.tasks;

import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.server.http.Links;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Octopus {@code Task} resource. {@code IsCompleted} and {@code FinishedSuccessfully} derive
 * from {@code State} exactly as C# derives them, so every client agrees on them.
 */
public record TaskWire(
        String id,
        String spaceId,
        String name,
        String description,
        Map<String, Object> arguments,
        String state,
        String completed,
        Instant queueTime,
        Instant queueTimeExpiry,
        Instant startTime,
        Instant lastUpdatedTime,
        Instant completedTime,
        String serverNode,
        String duration,
        String errorMessage,
        boolean hasBeenPickedUpByProcessor,
        boolean isCompleted,
        boolean finishedSuccessfully,
        boolean hasPendingInterruptions,
        boolean hasWarningsOrErrors,
        boolean canRerun,
        String projectId,
        String environmentId,
        String tenantId,
        Integer estimatedRemainingQueueDurationSeconds,
        List<String> pendingInterruptionTypes,
        Map<String, String> links) {

    private static final DateTimeFormatter COMPLETED =
            DateTimeFormatter.ofPattern("EEEE, d MMMM uuuu h:mm:ss a xxx", Locale.ENGLISH);

    static TaskWire of(ServerTask task, Links l, Instant now) {
        String self = "/tasks/" + Links.segment(task.id());
        String space = task.spaceId() == null ? "" : "/" + Links.segment(task.spaceId());
        return new TaskWire(
                task.id(),
                task.spaceId(),
                task.name(),
                task.description(),
                task.arguments(),
                task.state().wireName(),
                task.completedTime() == null
                        ? ""
                        : COMPLETED.format(task.completedTime().atOffset(ZoneOffset.UTC)),
                task.queueTime(),
                task.queueTimeExpiry(),
                task.startTime(),
                task.lastUpdatedTime(),
                task.completedTime(),
                task.serverNode(),
                task.duration(now).map(TaskWire::humanDuration).orElse(""),
                task.errorMessage(),
                task.hasBeenPickedUpByProcessor(),
                task.isCompleted(),
                task.finishedSuccessfully(),
                task.hasPendingInterruptions(),
                task.hasWarningsOrErrors(),
                task.canRerun(),
                task.projectId(),
                task.environmentId(),
                task.tenantId(),
                null,
                task.hasPendingInterruptions() ? List.of("ManualIntervention") : List.of(),
                Links.of(
                        "Self", l.api(self),
                        "Web", l.web(space + "/tasks/" + Links.segment(task.id())),
                        "Raw", l.api(self + "/raw"),
                        "Rerun", l.api("/tasks/rerun/" + Links.segment(task.id())),
                        "Cancel", l.api(self + "/cancel"),
                        "State", l.api(self + "/state"),
                        "Details", l.api(self + "/details{?verbose,tail}"),
                        "Interruptions", l.api(space + "/interruptions?regarding=" + task.id()),
                        "FreightFollow", l.api(self + "/follow{?after,timeout,logsAfter}")));
    }

    /** "32 seconds", "1 minute", "2 hours" — Octopus shows durations as text. */
    static String humanDuration(Duration d) {
        long seconds = Math.max(0, d.getSeconds());
        if (seconds < 60) {
            return plural(seconds, "second");
        }
        if (seconds < 3600) {
            return plural(seconds / 60, "minute");
        }
        if (seconds < 86400) {
            return plural(seconds / 3600, "hour");
        }
        return plural(seconds / 86400, "day");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}

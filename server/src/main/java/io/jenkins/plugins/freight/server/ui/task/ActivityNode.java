package io.jenkins.plugins.freight.server.ui.task;

import io.jenkins.plugins.freight.engine.task.log.ActivityElement;
import io.jenkins.plugins.freight.engine.task.log.LogElement;
import io.jenkins.plugins.freight.server.ui.StateView;
import io.jenkins.plugins.freight.server.ui.TimeText;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One block of the activity tree as the task page shows it: name, status, how long it took, its
 * lines and nested blocks.
 */
public record ActivityNode(
        String id,
        String name,
        StateView status,
        String duration,
        List<LogLine> lines,
        List<ActivityNode> children) {

    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    public ActivityNode {
        lines = List.copyOf(lines);
        children = List.copyOf(children);
    }

    public static ActivityNode of(ActivityElement element, Instant now) {
        String duration =
                element.started() == null
                        ? ""
                        : TimeText.of(
                                Duration.between(
                                        element.started(),
                                        element.ended() == null ? now : element.ended()));
        return new ActivityNode(
                element.id(),
                element.name(),
                StateView.of(element.status()),
                duration,
                element.logElements().stream().map(ActivityNode::line).toList(),
                element.children().stream().map(c -> of(c, now)).toList());
    }

    private static LogLine line(LogElement element) {
        String text =
                element.detail() == null
                        ? element.messageText()
                        : element.messageText() + "\n" + element.detail();
        return new LogLine(
                element.category().name(),
                element.occurredAt() == null ? "" : CLOCK.format(element.occurredAt()),
                text);
    }
}

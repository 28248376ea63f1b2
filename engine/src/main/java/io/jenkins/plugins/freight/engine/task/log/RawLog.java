package io.jenkins.plugins.freight.engine.task.log;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The task log as plain text (Octopus's {@code /tasks/{id}/raw}): each block as a header line, then
 * its lines with time and category, depth-first.
 */
public final class RawLog {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private RawLog() {}

    /** The lines above the log: task id, state, times and node. */
    public static String header(
            String taskId,
            String state,
            java.time.Instant queued,
            java.time.Instant started,
            java.time.Instant completed,
            String node) {
        return "Task ID:        "
                + taskId
                + "\nTask status:    "
                + state
                + "\nTask queued:    "
                + queued
                + "\nTask started:   "
                + (started == null ? "-" : started)
                + "\nTask completed: "
                + (completed == null ? "-" : completed)
                + "\nServer node:    "
                + (node == null ? "-" : node)
                + "\n";
    }

    /** Renders {@code tree} (from {@link ActivityTree#build}, verbose) under a short header. */
    public static String render(String header, List<ActivityElement> tree) {
        StringBuilder out = new StringBuilder(header);
        if (!header.isEmpty() && !header.endsWith("\n")) {
            out.append('\n');
        }
        for (ActivityElement element : tree) {
            render(out, element, 0);
        }
        return out.toString();
    }

    private static void render(StringBuilder out, ActivityElement element, int depth) {
        String indent = "  ".repeat(depth);
        out.append(indent)
                .append("== ")
                .append(element.status())
                .append(": ")
                .append(element.name())
                .append(" ==\n");
        for (LogElement line : element.logElements()) {
            String time = line.occurredAt() == null ? "--:--:--" : TIME.format(line.occurredAt());
            String category = String.format("%-9s", line.category().name());
            for (String text : line.messageText().split("\n", -1)) {
                out.append(time)
                        .append("  ")
                        .append(category)
                        .append(" |  ")
                        .append(indent)
                        .append(text)
                        .append('\n');
            }
            if (line.detail() != null && !line.detail().isEmpty()) {
                for (String text : line.detail().split("\n", -1)) {
                    out.append(" ".repeat(21))
                            .append("|  ")
                            .append(indent)
                            .append(text)
                            .append('\n');
                }
            }
        }
        for (ActivityElement child : element.children()) {
            render(out, child, depth + 1);
        }
    }
}

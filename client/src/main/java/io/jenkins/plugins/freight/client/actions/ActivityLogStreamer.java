package io.jenkins.plugins.freight.client.actions;

import io.jenkins.plugins.freight.client.task.ActivityElement;
import io.jenkins.plugins.freight.client.task.LogElement;
import io.jenkins.plugins.freight.client.task.TaskDetails;
import io.jenkins.plugins.freight.client.transport.Redactor;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns successive snapshots of one task's activity tree into the lines that are new since the last
 * snapshot: step names as they start, log lines as they appear, and how steps ended.
 */
final class ActivityLogStreamer {

    private final String prefix;
    private final ProgressListener listener;
    private final Redactor redactor;
    private final Map<String, Integer> linesSeen = new HashMap<>();
    private final Set<String> started = new HashSet<>();
    private final Set<String> ended = new HashSet<>();

    /**
     * @param label shown before each line when several tasks are awaited, or {@code null}
     */
    ActivityLogStreamer(String label, ProgressListener listener, Redactor redactor) {
        this.prefix = label == null ? "" : "[" + label + "] ";
        this.listener = listener;
        this.redactor = redactor;
    }

    /** Emits what is new; returns whether anything was. */
    boolean emit(TaskDetails details) {
        boolean changed = false;
        for (ActivityElement root : details.activityLogs()) {
            changed |= walk(root, 0, "");
        }
        return changed;
    }

    private boolean walk(ActivityElement element, int depth, String parentPath) {
        String key = element.id() != null ? element.id() : parentPath + "/" + element.name();
        boolean changed = false;
        boolean active = element.isFinished() || "Running".equals(element.status());
        if (depth > 0 && active && started.add(key)) {
            line(
                    depth == 1 ? ProgressListener.Level.HIGHLIGHT : ProgressListener.Level.INFO,
                    depth,
                    element.name());
            changed = true;
        }
        List<LogElement> lines = element.logElements();
        int seen = linesSeen.getOrDefault(key, 0);
        for (int i = seen; i < lines.size(); i++) {
            LogElement log = lines.get(i);
            line(level(log), depth + 1, log.messageText());
            changed = true;
        }
        linesSeen.put(key, Math.max(seen, lines.size()));
        for (ActivityElement child : element.children()) {
            changed |= walk(child, depth + 1, key);
        }
        if (depth > 0 && element.isFinished() && ended.add(key)) {
            changed |= ending(element, depth);
        }
        return changed;
    }

    private boolean ending(ActivityElement element, int depth) {
        String name = element.name();
        switch (element.status()) {
            case "Failed" -> line(ProgressListener.Level.ERROR, depth, name + " failed");
            case "Canceled" -> line(ProgressListener.Level.WARNING, depth, name + " was canceled");
            case "SuccessWithWarning" ->
                    line(ProgressListener.Level.WARNING, depth, name + " finished with warnings");
            case "Skipped" -> line(ProgressListener.Level.INFO, depth, name + " was skipped");
            default -> {
                return false;
            }
        }
        return true;
    }

    private void line(ProgressListener.Level level, int depth, String text) {
        if (text == null) {
            return;
        }
        String indent = "  ".repeat(Math.max(0, depth - 1));
        for (String part : text.split("\\R", -1)) {
            listener.line(level, prefix + indent + redactor.redact(part));
        }
    }

    private static ProgressListener.Level level(LogElement log) {
        if (log.isError()) {
            return ProgressListener.Level.ERROR;
        }
        if (log.isWarning()) {
            return ProgressListener.Level.WARNING;
        }
        if ("Highlight".equalsIgnoreCase(log.category())) {
            return ProgressListener.Level.HIGHLIGHT;
        }
        return ProgressListener.Level.INFO;
    }
}

package io.jenkins.plugins.freight.engine.target;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Collects what a script printed, for assertions. */
final class RecordingListener implements ScriptListener {

    record Line(OutputCategory category, String text) {}

    record Progress(int percentage, String message) {}

    private final List<Line> lines = new ArrayList<>();
    private final List<Progress> progress = new ArrayList<>();

    @Override
    public synchronized void line(OutputCategory category, String text) {
        lines.add(new Line(category, text));
    }

    @Override
    public synchronized void progress(int percentage, String message) {
        progress.add(new Progress(percentage, message));
    }

    synchronized List<Line> lines() {
        return List.copyOf(lines);
    }

    synchronized List<String> texts() {
        return lines.stream().map(Line::text).collect(Collectors.toList());
    }

    synchronized List<String> texts(OutputCategory category) {
        return lines.stream()
                .filter(l -> l.category() == category)
                .map(Line::text)
                .collect(Collectors.toList());
    }

    synchronized List<Progress> progress() {
        return List.copyOf(progress);
    }

    synchronized String all() {
        return String.join("\n", texts());
    }
}

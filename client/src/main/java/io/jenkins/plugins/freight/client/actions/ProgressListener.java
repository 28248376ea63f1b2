package io.jenkins.plugins.freight.client.actions;

import java.util.function.Consumer;

/**
 * Where an action reports what it does, as it happens: Jenkins writes to the build log with
 * hyperlinks, the CLI prints lines or draws progress bars. Implementations must be thread-safe and
 * quick; they are called on the action's thread.
 */
public interface ProgressListener {

    /** How a line should stand out. */
    enum Level {
        INFO,
        /** Worth noticing: a step starting, a release created. */
        HIGHLIGHT,
        WARNING,
        ERROR
    }

    /** One line of text, without a line break. */
    void line(Level level, String text);

    /** A line about a web page (release, deployment, task, intervention) and its address. */
    default void link(Level level, String text, String url) {
        line(level, url == null ? text : text + ": " + url);
    }

    /** How much of a file has been uploaded; called often, from 0 to {@code totalBytes}. */
    default void uploadProgress(String fileName, long bytesSent, long totalBytes) {}

    /** A task's progress as the server estimates it, 0–100. */
    default void taskProgress(String taskId, String description, int percent, String message) {}

    /** Discards everything. */
    static ProgressListener silent() {
        return (level, text) -> {};
    }

    /**
     * Writes plain lines to a sink, warnings and errors prefixed with {@code WARNING:} and {@code
     * ERROR:}.
     */
    static ProgressListener lines(Consumer<String> sink) {
        return (level, text) ->
                sink.accept(
                        switch (level) {
                            case WARNING -> "WARNING: " + text;
                            case ERROR -> "ERROR: " + text;
                            default -> text;
                        });
    }
}

package io.jenkins.plugins.freight.engine.target;

/**
 * Receives a script's output as it is produced, already masked. Called from reader threads: an
 * implementation must be thread-safe.
 */
public interface ScriptListener {

    /** One line of output, without its line terminator. */
    void line(OutputCategory category, String text);

    /** A progress report from {@code update_progress}: a percentage (0–100) and a message. */
    default void progress(int percentage, String message) {}

    /** A listener that drops everything. */
    static ScriptListener ignoring() {
        return (category, text) -> {};
    }
}

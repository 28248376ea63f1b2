package io.jenkins.plugins.freight.engine.task.log;

/**
 * A block of a running task's activity log: write lines into it, nest child blocks, report progress
 * and finish it with a status. Lines are masked (see {@link ActivityLog#useMasker}) and written in
 * batches; status changes are stored at once. Safe to use from several threads.
 */
public interface LogBlock {

    String id();

    String name();

    ActivityStatus status();

    /** A new nested block, Pending until {@link #start()}, shown at summary level. */
    LogBlock child(String name);

    /** A new nested block; {@code showAtSummaryLevel} false for detail such as one target. */
    LogBlock child(String name, boolean showAtSummaryLevel);

    /** Marks the block Running (and records its start time the first time). Returns this block. */
    LogBlock start();

    /** Marks the block finished with a terminal status (Success, Failed, Skipped, …). */
    void finish(ActivityStatus status);

    /** Appends one line (masked before it is stored). */
    void write(LogCategory category, String message);

    /** Appends one line with detail text (both masked). */
    void write(LogCategory category, String message, String detail);

    /** Sets the block's progress (0-100, clamped) and message; stored with the next batch. */
    void progress(int percentage, String message);

    default void verbose(String message) {
        write(LogCategory.Verbose, message);
    }

    default void info(String message) {
        write(LogCategory.Info, message);
    }

    default void highlight(String message) {
        write(LogCategory.Highlight, message);
    }

    default void warn(String message) {
        write(LogCategory.Warning, message);
    }

    default void error(String message) {
        write(LogCategory.Error, message);
    }
}

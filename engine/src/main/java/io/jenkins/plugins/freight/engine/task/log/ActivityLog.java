package io.jenkins.plugins.freight.engine.task.log;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A running task's activity log: a tree of {@link LogBlock}s under one root block that stands for
 * the task. Lines are buffered and stored in batches, so a chatty script does not write one row at
 * a time.
 */
public interface ActivityLog {

    /** The task's own block; steps are its children. */
    LogBlock root();

    /**
     * A block created earlier in this task, also by an earlier run (a resumed handler keeps block
     * ids in its checkpoint).
     */
    Optional<LogBlock> block(String id);

    /**
     * Applies {@code masker} to every line (text and detail), block name and error message from now
     * on, before anything is stored. Maskers given earlier stay in force: each new one runs after
     * them.
     */
    void useMasker(UnaryOperator<String> masker);

    /** Applies the maskers in force to {@code text}. */
    String mask(String text);

    /**
     * Stores buffered lines and progress now (otherwise they are stored within a short interval).
     */
    void flush();
}

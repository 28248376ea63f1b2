package io.jenkins.plugins.freight.engine.execution;

import io.jenkins.plugins.freight.engine.target.OutputCategory;

/**
 * The activity log a deployment writes to: nested blocks (deployment → step → target) with lines,
 * progress and a final status. Lines arrive already masked. The task's activity log implements it.
 */
public interface ExecutionLog {

    /** A block of the log. Implementations must be thread-safe (targets run in parallel). */
    interface Block {
        Block child(String name);

        void line(OutputCategory category, String text);

        void progress(int percentage, String message);

        void finish(BlockStatus status);
    }

    enum BlockStatus {
        SUCCESS,
        FAILED,
        SKIPPED,
        CANCELED,
        WAITING
    }

    /** The deployment's root block. */
    Block root();
}

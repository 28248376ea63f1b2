package io.jenkins.plugins.freight.engine.target;

/** A script started on a target. */
public interface RunningScript {

    /**
     * Waits for the script to end (by itself, by its timeout, or by {@link #cancel()}) and for its
     * output to be delivered, then cleans up its scratch directory.
     */
    ScriptResult await() throws InterruptedException;

    /**
     * Asks the script to stop: its whole process group gets SIGTERM, then SIGKILL after a short
     * grace period. Safe to call from any thread, more than once.
     */
    void cancel();
}

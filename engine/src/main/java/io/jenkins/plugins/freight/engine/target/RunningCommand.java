package io.jenkins.plugins.freight.engine.target;

import java.time.Duration;
import java.util.OptionalInt;

/** A command a {@link ShellHost} started. */
public interface RunningCommand {

    /** Waits up to {@code max}; the exit code, or empty while still running. */
    OptionalInt await(Duration max) throws InterruptedException;

    /** Waits until the command's output has been fully delivered, up to {@code max}. */
    void drain(Duration max) throws InterruptedException;

    /** Drops the connection to the command or destroys the process. */
    void forceClose();
}

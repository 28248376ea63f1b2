package io.jenkins.plugins.freight.client.actions;

import java.time.Duration;
import java.util.Objects;

/**
 * How to wait for server tasks.
 *
 * @param timeout how long to wait at most, or {@code null} for no limit (there is no 24-hour cap)
 * @param cancelOnTimeout cancel the tasks still running when the timeout passes
 * @param cancelOnAbort cancel the tasks still running when the waiting thread is interrupted (a
 *     Jenkins build aborted, Ctrl-C)
 * @param streamLog stream each task's activity log (steps, lines, warnings, errors) as it happens
 * @param initialPollInterval the first wait between polls when the server offers no live following
 *     (default 1 s); it grows while nothing happens
 * @param maxPollInterval the longest wait between polls (default 10 s)
 */
public record AwaitOptions(
        Duration timeout,
        boolean cancelOnTimeout,
        boolean cancelOnAbort,
        boolean streamLog,
        Duration initialPollInterval,
        Duration maxPollInterval) {

    public AwaitOptions {
        Objects.requireNonNull(initialPollInterval, "initialPollInterval");
        Objects.requireNonNull(maxPollInterval, "maxPollInterval");
        if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
            throw new InvalidActionInputException("The timeout must be positive.");
        }
        if (initialPollInterval.isNegative()
                || initialPollInterval.isZero()
                || maxPollInterval.compareTo(initialPollInterval) < 0) {
            throw new IllegalArgumentException("Poll intervals must satisfy 0 < initial <= max.");
        }
    }

    /** No timeout, cancel on abort, stream the log, poll from 1 s up to 10 s. */
    public static AwaitOptions defaults() {
        return new AwaitOptions(
                null, false, true, true, Duration.ofSeconds(1), Duration.ofSeconds(10));
    }

    public AwaitOptions withTimeout(Duration value, boolean cancel) {
        return new AwaitOptions(
                value, cancel, cancelOnAbort, streamLog, initialPollInterval, maxPollInterval);
    }

    public AwaitOptions withCancelOnAbort(boolean value) {
        return new AwaitOptions(
                timeout, cancelOnTimeout, value, streamLog, initialPollInterval, maxPollInterval);
    }

    public AwaitOptions withStreamLog(boolean value) {
        return new AwaitOptions(
                timeout,
                cancelOnTimeout,
                cancelOnAbort,
                value,
                initialPollInterval,
                maxPollInterval);
    }

    public AwaitOptions withPollIntervals(Duration initial, Duration max) {
        return new AwaitOptions(timeout, cancelOnTimeout, cancelOnAbort, streamLog, initial, max);
    }
}

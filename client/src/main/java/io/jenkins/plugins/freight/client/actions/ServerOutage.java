package io.jenkins.plugins.freight.client.actions;

import io.jenkins.plugins.freight.client.error.FreightClientException;
import io.jenkins.plugins.freight.client.transport.Redactor;
import java.time.Duration;

/**
 * What a waiter does while the server cannot be reached (restarting, a network blip, a 5xx from a
 * proxy): says so once, retries with growing pauses until the deadline, and says when the server
 * answers again. It gives up at the waiter's deadline, or without one after {@link #MAX_OUTAGE} of
 * silence; then the last failure is thrown.
 */
final class ServerOutage {

    static final Duration MAX_OUTAGE = Duration.ofMinutes(10);

    private static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    private final ProgressListener listener;
    private final Redactor redactor;
    private long since = -1;
    private Duration pause = FIRST_PAUSE;

    ServerOutage(ProgressListener listener, Redactor redactor) {
        this.listener = listener;
        this.redactor = redactor;
    }

    /** Whether the server was lost since the last successful round. */
    boolean ongoing() {
        return since >= 0;
    }

    /**
     * Handles a failed round: rethrows what is not a passing outage or outlasts the deadline,
     * otherwise pauses before the next attempt.
     */
    void lost(FreightClientException e, long deadline) throws InterruptedException {
        long now = System.nanoTime();
        if (!e.isRetryable()) {
            throw e;
        }
        if (since < 0) {
            since = now;
            listener.line(
                    ProgressListener.Level.WARNING,
                    redactor.redact(
                            "Lost contact with the server ("
                                    + e.getMessage()
                                    + "); still waiting, retrying until it answers."));
        }
        long giveUp = deadline == Long.MAX_VALUE ? since + MAX_OUTAGE.toNanos() : deadline;
        long left = giveUp - now;
        if (left <= 0) {
            throw e;
        }
        long sleep = Math.min(pause.toNanos(), left);
        Duration doubled = pause.multipliedBy(2);
        pause = doubled.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : doubled;
        Thread.sleep(Math.max(1, sleep / 1_000_000));
    }

    /** Calls {@code request} until it succeeds, riding out an outage as {@link #lost} does. */
    <T> T retry(java.util.function.Supplier<T> request, long deadline) throws InterruptedException {
        while (true) {
            try {
                T answer = request.get();
                answered();
                return answer;
            } catch (FreightClientException e) {
                lost(e, deadline);
            }
        }
    }

    /** A round succeeded: reports the recovery once. */
    void answered() {
        if (since >= 0) {
            listener.line(ProgressListener.Level.INFO, "The server answers again.");
            since = -1;
            pause = FIRST_PAUSE;
        }
    }
}

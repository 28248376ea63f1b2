package io.jenkins.plugins.freight.client.actions;

import io.jenkins.plugins.freight.client.task.ServerTask;
import java.time.Duration;
import java.util.List;

/**
 * Sleeps between polls: from the initial interval, growing by half each quiet round up to the
 * maximum, and back to the initial interval as soon as something changes.
 */
final class PollingWaiter implements ChangeWaiter {

    private final Duration initial;
    private final Duration max;
    private Duration next;

    PollingWaiter(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
        this.next = initial;
    }

    @Override
    public void await(List<ServerTask> pending, boolean sawChange, Duration maxWait)
            throws InterruptedException {
        if (sawChange) {
            next = initial;
        }
        Duration sleep = next.compareTo(maxWait) < 0 ? next : maxWait;
        Duration grown = next.plus(next.dividedBy(2));
        next = grown.compareTo(max) > 0 ? max : grown;
        if (!sleep.isNegative() && !sleep.isZero()) {
            Thread.sleep(sleep.toMillis());
        }
    }
}

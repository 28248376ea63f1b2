package io.jenkins.plugins.freight.client.actions;

import io.jenkins.plugins.freight.client.task.ServerTask;
import java.time.Duration;
import java.util.List;

/** Waits until awaited tasks may have changed, or a bound passes. */
interface ChangeWaiter {

    /**
     * @param pending the tasks still running, as last seen
     * @param sawChange whether the last look found something new (the log grew, a state changed)
     * @param maxWait return after this long at the latest
     */
    void await(List<ServerTask> pending, boolean sawChange, Duration maxWait)
            throws InterruptedException;
}

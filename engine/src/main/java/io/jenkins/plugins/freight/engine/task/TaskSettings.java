package io.jenkins.plugins.freight.engine.task;

import io.jenkins.plugins.freight.engine.EngineSettings;
import java.time.Duration;
import java.util.Objects;

/**
 * How this node runs tasks. Built from {@link EngineSettings} with {@link #from}; tests shorten the
 * durations.
 *
 * @param nodeName this node's name; must be unique in a cluster
 * @param taskCap tasks this node executes at once (default 5)
 * @param lease how long a claimed task stays with a node without a heartbeat (default 30 s)
 * @param heartbeatInterval how often the node renews its leases (default 10 s)
 * @param sweepInterval how often the node looks for expired leases and expired queue times (default
 *     5 s); a lost node's tasks are reclaimed within {@code lease + sweepInterval}
 * @param pollInterval how often an idle node looks for queued tasks (default 500 ms; tasks queued
 *     on this node start at once)
 * @param changePollInterval how often a waiter in {@link TaskService#awaitChange} checks the
 *     database for changes made on other nodes (default 250 ms; changes on this node wake it at
 *     once)
 * @param logFlushInterval how long log lines may wait in memory before they are stored in one batch
 *     (default 200 ms)
 * @param maxRecoveries how often a task may be reclaimed after its node was lost before it fails
 *     instead (default 3), so a task that kills its node cannot loop forever
 */
public record TaskSettings(
        String nodeName,
        int taskCap,
        Duration lease,
        Duration heartbeatInterval,
        Duration sweepInterval,
        Duration pollInterval,
        Duration changePollInterval,
        Duration logFlushInterval,
        int maxRecoveries) {

    public TaskSettings {
        Objects.requireNonNull(nodeName, "nodeName");
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
        Objects.requireNonNull(sweepInterval, "sweepInterval");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(changePollInterval, "changePollInterval");
        Objects.requireNonNull(logFlushInterval, "logFlushInterval");
        if (nodeName.isBlank() || nodeName.length() > 200) {
            throw new IllegalArgumentException("nodeName must have 1 to 200 characters");
        }
        if (taskCap < 1) {
            throw new IllegalArgumentException("taskCap must be at least 1");
        }
        if (heartbeatInterval.compareTo(lease) >= 0) {
            throw new IllegalArgumentException("heartbeatInterval must be shorter than lease");
        }
        if (maxRecoveries < 0) {
            throw new IllegalArgumentException("maxRecoveries must not be negative");
        }
    }

    /** The engine's settings with the documented defaults for the rest. */
    public static TaskSettings from(EngineSettings engine) {
        return new TaskSettings(
                engine.nodeName(),
                engine.taskCap(),
                engine.taskLease(),
                engine.heartbeatInterval(),
                Duration.ofSeconds(5),
                Duration.ofMillis(500),
                Duration.ofMillis(250),
                Duration.ofMillis(200),
                3);
    }

    public TaskSettings withNodeName(String value) {
        return new TaskSettings(
                value,
                taskCap,
                lease,
                heartbeatInterval,
                sweepInterval,
                pollInterval,
                changePollInterval,
                logFlushInterval,
                maxRecoveries);
    }

    public TaskSettings withTaskCap(int value) {
        return new TaskSettings(
                nodeName,
                value,
                lease,
                heartbeatInterval,
                sweepInterval,
                pollInterval,
                changePollInterval,
                logFlushInterval,
                maxRecoveries);
    }

    /** Lease, heartbeat and sweep intervals together (tests use short ones). */
    public TaskSettings withLease(Duration leaseValue, Duration heartbeat, Duration sweep) {
        return new TaskSettings(
                nodeName,
                taskCap,
                leaseValue,
                heartbeat,
                sweep,
                pollInterval,
                changePollInterval,
                logFlushInterval,
                maxRecoveries);
    }

    public TaskSettings withPollIntervals(Duration poll, Duration changePoll, Duration logFlush) {
        return new TaskSettings(
                nodeName,
                taskCap,
                lease,
                heartbeatInterval,
                sweepInterval,
                poll,
                changePoll,
                logFlush,
                maxRecoveries);
    }

    public TaskSettings withMaxRecoveries(int value) {
        return new TaskSettings(
                nodeName,
                taskCap,
                lease,
                heartbeatInterval,
                sweepInterval,
                pollInterval,
                changePollInterval,
                logFlushInterval,
                value);
    }
}

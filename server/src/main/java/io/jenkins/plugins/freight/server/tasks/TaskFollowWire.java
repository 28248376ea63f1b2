package io.jenkins.plugins.freight.server.tasks;

import io.jenkins.plugins.freight.server.tasks.TaskDetailsWire.LogLineWire;
import java.util.List;

/**
 * Freight's live-following answer: the task as it is now, its change counter ({@code Version}, to
 * pass back as {@code after}), and, when asked with {@code logsAfter}, the log lines numbered after
 * that ({@code LastLogNumber} is the number to pass next time).
 */
public record TaskFollowWire(
        long version, TaskWire task, List<LogLineWire> logElements, long lastLogNumber) {}

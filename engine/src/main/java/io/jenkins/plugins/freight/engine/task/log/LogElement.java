package io.jenkins.plugins.freight.engine.task.log;

import java.time.Instant;

/**
 * One line of the activity log, already masked.
 *
 * @param number increases with every line of the task (not necessarily by one)
 * @param blockId the block it belongs to
 * @param category its category
 * @param occurredAt when it was written
 * @param messageText the text
 * @param detail more text (e.g. a stack trace), or null
 */
public record LogElement(
        long number,
        String blockId,
        LogCategory category,
        Instant occurredAt,
        String messageText,
        String detail) {}

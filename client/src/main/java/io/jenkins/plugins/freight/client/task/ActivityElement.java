package io.jenkins.plugins.freight.client.task;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.jenkins.plugins.freight.client.transport.Links;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A node of a task's activity tree: the task, a step, a target, … with its log lines.
 *
 * @param status {@code Pending}, {@code Running}, {@code Success}, {@code Failed}, {@code Skipped},
 *     {@code SuccessWithWarning} or {@code Canceled}
 */
public record ActivityElement(
        String id,
        String name,
        String status,
        OffsetDateTime started,
        OffsetDateTime ended,
        List<ActivityElement> children,
        List<LogElement> logElements,
        Integer progressPercentage,
        String progressMessage) {

    public ActivityElement {
        children = Links.copy(children);
        logElements = Links.copy(logElements);
    }

    /** Whether the element has finished (any status but Pending and Running). */
    @JsonIgnore
    public boolean isFinished() {
        return status != null && !"Pending".equals(status) && !"Running".equals(status);
    }
}

package io.jenkins.plugins.freight.client.task;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.OffsetDateTime;

/**
 * One line of a task's activity log.
 *
 * @param category {@code Info}, {@code Verbose}, {@code Highlight}, {@code Warning}, {@code Error},
 *     {@code Fatal}, …
 */
public record LogElement(
        String category, OffsetDateTime occurredAt, String messageText, String detail) {

    @JsonIgnore
    public boolean isWarning() {
        return "Warning".equalsIgnoreCase(category);
    }

    @JsonIgnore
    public boolean isError() {
        return "Error".equalsIgnoreCase(category) || "Fatal".equalsIgnoreCase(category);
    }
}

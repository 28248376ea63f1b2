package io.jenkins.plugins.freight.engine.variable;

import java.util.Map;
import java.util.Objects;

/**
 * A variable whose value the person deploying is asked for.
 *
 * @param required the value may not be empty or whitespace
 * @param displaySettings e.g. {@code Octopus.ControlType} = {@code SingleLineText}, {@code
 *     MultiLineText}, {@code Select}, {@code Checkbox}, {@code Sensitive}; {@code
 *     Octopus.SelectOptions} = {@code value|Label} lines
 */
public record VariablePrompt(
        String label, String description, boolean required, Map<String, String> displaySettings) {

    public VariablePrompt {
        Objects.requireNonNull(label, "label");
        description = description == null ? "" : description;
        displaySettings = displaySettings == null ? Map.of() : Map.copyOf(displaySettings);
    }
}

package io.jenkins.plugins.freight.engine.project;

import io.jenkins.plugins.freight.engine.space.Documents;
import java.util.Map;

/**
 * A project variable template: a value each tenant connected to the project supplies.
 *
 * @param id assigned by the engine when blank
 * @param name the variable name
 * @param displaySettings e.g. {@code Octopus.ControlType: SingleLineText}
 */
public record ProjectTemplate(
        String id,
        String name,
        String label,
        String helpText,
        String defaultValue,
        Map<String, String> displaySettings) {

    public ProjectTemplate {
        displaySettings = Documents.orderedCopy(displaySettings);
    }
}

package io.jenkins.plugins.freight.engine.variable;

import java.util.Objects;

/**
 * A reusable set of variables ("Variable Sets" in Octopus) that projects include.
 *
 * @param id {@code LibraryVariableSets-N}
 * @param variableSetId {@code variableset-LibraryVariableSets-N}
 */
public record LibraryVariableSet(
        String id, String spaceId, String name, String description, String variableSetId) {

    public LibraryVariableSet {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
    }
}

package io.jenkins.plugins.freight.engine.variable;

import java.util.List;
import java.util.Objects;

/**
 * The variables of a project ({@code variableset-Projects-N}) or of a library variable set ({@code
 * variableset-LibraryVariableSets-N}). {@code version} rises by one with every saved change; a
 * change based on an older version is refused.
 */
public record VariableSet(
        String id, String spaceId, String ownerId, int version, List<Variable> variables) {

    public VariableSet {
        Objects.requireNonNull(ownerId, "ownerId");
        variables = List.copyOf(variables);
    }

    /** The id of the set an owner (project or library variable set) has. */
    public static String idFor(String ownerId) {
        return "variableset-" + ownerId;
    }

    public VariableSet withVariables(List<Variable> value) {
        return new VariableSet(id, spaceId, ownerId, version, value);
    }
}

package io.jenkins.plugins.freight.engine.process;

/**
 * When an action of a step runs: on success (default), or when the variable expression in {@code
 * Octopus.Action.ConditionVariableExpression} is truthy.
 */
public enum ActionCondition {
    SUCCESS("Success"),
    VARIABLE("Variable");

    private final String octopusName;

    ActionCondition(String octopusName) {
        this.octopusName = octopusName;
    }

    /** The name in the Octopus API. */
    public String octopusName() {
        return octopusName;
    }

    /** The value for an Octopus name (case-insensitive), or null when there is none. */
    public static ActionCondition fromOctopusName(String name) {
        for (ActionCondition v : values()) {
            if (v.octopusName.equalsIgnoreCase(name)) {
                return v;
            }
        }
        return null;
    }
}

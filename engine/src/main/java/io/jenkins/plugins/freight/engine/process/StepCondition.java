package io.jenkins.plugins.freight.engine.process;

/**
 * When a step runs: after success (default), after a failure, always, or when the variable
 * expression in {@code Octopus.Step.ConditionVariableExpression} is truthy.
 */
public enum StepCondition {
    SUCCESS("Success"),
    FAILURE("Failure"),
    ALWAYS("Always"),
    VARIABLE("Variable");

    private final String octopusName;

    StepCondition(String octopusName) {
        this.octopusName = octopusName;
    }

    /** The name in the Octopus API. */
    public String octopusName() {
        return octopusName;
    }

    /** The value for an Octopus name (case-insensitive), or null when there is none. */
    public static StepCondition fromOctopusName(String name) {
        for (StepCondition v : values()) {
            if (v.octopusName.equalsIgnoreCase(name)) {
                return v;
            }
        }
        return null;
    }
}

package io.jenkins.plugins.freight.engine.execution;

import java.util.Locale;

/** When a step runs, relative to what happened before it (Octopus's step condition). */
public enum RunCondition {
    /** Only when every earlier step succeeded (the default). */
    SUCCESS,
    /** Only when an earlier step failed. */
    FAILURE,
    /** Whatever happened before. */
    ALWAYS,
    /** When a template expression evaluates to a truthy value. */
    VARIABLE;

    /** Reads Octopus's {@code Condition} value ({@code Success}, {@code Failure}, …). */
    public static RunCondition fromOctopus(String value) {
        if (value == null || value.isBlank()) {
            return SUCCESS;
        }
        return RunCondition.valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}

package io.jenkins.plugins.freight.engine.variable;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;

/**
 * What a variable value can be scoped to, by Octopus wire name ({@code Scope} keys). Values of one
 * dimension combine with OR, different dimensions with AND.
 */
public enum ScopeDimension {
    ENVIRONMENT("Environment"),
    /** A target tag (Octopus "role"). */
    ROLE("Role"),
    MACHINE("Machine"),
    /** A step or action (by id or name). */
    ACTION("Action"),
    CHANNEL("Channel"),
    TENANT("Tenant"),
    /** A tenant tag, {@code TagSet/Tag}. */
    TENANT_TAG("TenantTag"),
    /** The process: a project's deployment process or a runbook. */
    PROCESS_OWNER("ProcessOwner");

    private final String wireName;

    ScopeDimension(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static ScopeDimension fromWire(String name) {
        for (ScopeDimension dimension : values()) {
            if (dimension.wireName.equalsIgnoreCase(name)) {
                return dimension;
            }
        }
        throw new InvalidInputException("Variable scope '" + name + "' is not known.");
    }
}

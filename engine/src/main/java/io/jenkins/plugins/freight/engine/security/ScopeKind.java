package io.jenkins.plugins.freight.engine.security;

/**
 * A dimension a scoped user role can be restricted by. {@link #wireName()} is the name Octopus
 * shows in {@code SupportedRestrictions} ("restrictable to Environments, Projects, Tenants").
 */
public enum ScopeKind {
    PROJECTS("Projects", "project"),
    ENVIRONMENTS("Environments", "environment"),
    TENANTS("Tenants", "tenant"),
    PROJECT_GROUPS("ProjectGroups", "project group");

    private final String wireName;
    private final String noun;

    ScopeKind(String wireName, String noun) {
        this.wireName = wireName;
        this.noun = noun;
    }

    public String wireName() {
        return wireName;
    }

    /** How a refusal message names one document of this kind, e.g. "environment". */
    public String noun() {
        return noun;
    }
}

package io.jenkins.plugins.freight.engine.project;

/**
 * Whether a project deploys per tenant (and, for a target, whether it takes part in tenanted
 * deployments): Octopus's {@code Untenanted}, {@code TenantedOrUntenanted}, {@code Tenanted}.
 */
public enum TenantedDeploymentMode {
    UNTENANTED("Untenanted"),
    TENANTED_OR_UNTENANTED("TenantedOrUntenanted"),
    TENANTED("Tenanted");

    private final String octopusName;

    TenantedDeploymentMode(String octopusName) {
        this.octopusName = octopusName;
    }

    public String octopusName() {
        return octopusName;
    }

    /** Whether deployments without a tenant are allowed. */
    public boolean allowsUntenanted() {
        return this != TENANTED;
    }

    /** Whether deployments for a tenant are allowed. */
    public boolean allowsTenanted() {
        return this != UNTENANTED;
    }

    /** The mode for an Octopus name (case-insensitive), or null when there is none. */
    public static TenantedDeploymentMode fromOctopusName(String name) {
        for (TenantedDeploymentMode m : values()) {
            if (m.octopusName.equalsIgnoreCase(name)) {
                return m;
            }
        }
        return null;
    }
}

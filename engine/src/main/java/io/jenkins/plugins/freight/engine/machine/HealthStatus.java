package io.jenkins.plugins.freight.engine.machine;

/** A target's health as the last check found it (Octopus {@code HealthStatus}). */
public enum HealthStatus {
    HEALTHY("Healthy"),
    HAS_WARNINGS("HasWarnings"),
    UNHEALTHY("Unhealthy"),
    UNAVAILABLE("Unavailable"),
    UNKNOWN("Unknown");

    private final String octopusName;

    HealthStatus(String octopusName) {
        this.octopusName = octopusName;
    }

    public String octopusName() {
        return octopusName;
    }

    /** Whether deployments may use a target in this state. */
    public boolean isDeployable() {
        return this == HEALTHY || this == HAS_WARNINGS || this == UNKNOWN;
    }

    public static HealthStatus fromOctopusName(String name) {
        for (HealthStatus s : values()) {
            if (s.octopusName.equalsIgnoreCase(name)) {
                return s;
            }
        }
        return null;
    }
}

package io.jenkins.plugins.freight.engine.project;

/**
 * A project's guided-failure default: Octopus's {@code EnvironmentDefault}, {@code Off}, {@code
 * On}.
 */
public enum GuidedFailureMode {
    ENVIRONMENT_DEFAULT("EnvironmentDefault"),
    OFF("Off"),
    ON("On");

    private final String octopusName;

    GuidedFailureMode(String octopusName) {
        this.octopusName = octopusName;
    }

    public String octopusName() {
        return octopusName;
    }

    /** Whether a deployment to an environment with this default uses guided failure. */
    public boolean appliesTo(boolean environmentUsesGuidedFailure) {
        return switch (this) {
            case ON -> true;
            case OFF -> false;
            case ENVIRONMENT_DEFAULT -> environmentUsesGuidedFailure;
        };
    }

    public static GuidedFailureMode fromOctopusName(String name) {
        for (GuidedFailureMode m : values()) {
            if (m.octopusName.equalsIgnoreCase(name)) {
                return m;
            }
        }
        return null;
    }
}

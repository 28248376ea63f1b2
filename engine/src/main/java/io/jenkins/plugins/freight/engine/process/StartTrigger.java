package io.jenkins.plugins.freight.engine.process;

/** Whether a step waits for the previous one (default) or runs in parallel with it. */
public enum StartTrigger {
    START_AFTER_PREVIOUS("StartAfterPrevious"),
    START_WITH_PREVIOUS("StartWithPrevious");

    private final String octopusName;

    StartTrigger(String octopusName) {
        this.octopusName = octopusName;
    }

    /** The name in the Octopus API. */
    public String octopusName() {
        return octopusName;
    }

    /** The value for an Octopus name (case-insensitive), or null when there is none. */
    public static StartTrigger fromOctopusName(String name) {
        for (StartTrigger v : values()) {
            if (v.octopusName.equalsIgnoreCase(name)) {
                return v;
            }
        }
        return null;
    }
}

package io.jenkins.plugins.freight.engine.process;

/**
 * Whether a step runs before or after packages are acquired, or wherever the engine decides
 * (default).
 */
public enum PackageRequirement {
    LET_OCTOPUS_DECIDE("LetOctopusDecide"),
    BEFORE_PACKAGE_ACQUISITION("BeforePackageAcquisition"),
    AFTER_PACKAGE_ACQUISITION("AfterPackageAcquisition");

    private final String octopusName;

    PackageRequirement(String octopusName) {
        this.octopusName = octopusName;
    }

    /** The name in the Octopus API. */
    public String octopusName() {
        return octopusName;
    }

    /** The value for an Octopus name (case-insensitive), or null when there is none. */
    public static PackageRequirement fromOctopusName(String name) {
        for (PackageRequirement v : values()) {
            if (v.octopusName.equalsIgnoreCase(name)) {
                return v;
            }
        }
        return null;
    }
}

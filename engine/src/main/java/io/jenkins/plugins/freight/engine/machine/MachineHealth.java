package io.jenkins.plugins.freight.engine.machine;

import java.time.Instant;

/**
 * What the last health check learned about a target.
 *
 * @param status {@code UNKNOWN} until a check runs
 * @param statusSummary one sentence for people
 * @param operatingSystem e.g. {@code Linux}; {@code Unknown} until a check runs
 * @param shellName e.g. {@code Bash}
 * @param checkedOn when, or null when never checked
 */
public record MachineHealth(
        HealthStatus status,
        String statusSummary,
        String operatingSystem,
        String shellName,
        String shellVersion,
        String architecture,
        Instant checkedOn) {

    public MachineHealth {
        status = status == null ? HealthStatus.UNKNOWN : status;
        statusSummary = statusSummary == null ? "" : statusSummary;
        operatingSystem = operatingSystem == null ? "Unknown" : operatingSystem;
        shellName = shellName == null ? "Unknown" : shellName;
        shellVersion = shellVersion == null ? "Unknown" : shellVersion;
        architecture = architecture == null ? "Unknown" : architecture;
    }

    public static MachineHealth unknown() {
        return new MachineHealth(
                HealthStatus.UNKNOWN,
                "This target has not been checked yet.",
                null,
                null,
                null,
                null,
                null);
    }
}

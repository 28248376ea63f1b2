package io.jenkins.plugins.freight.server.machines;

import io.jenkins.plugins.freight.engine.machine.HealthStatus;
import io.jenkins.plugins.freight.engine.machine.Machine;
import io.jenkins.plugins.freight.server.http.Links;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The Octopus {@code MachineConnectionStatus} ({@code machines/{id}/connection}): what the last
 * health check found. {@code Status} is {@code Success} when the target was healthy (or had
 * warnings), {@code Failure} when the check failed, {@code Unknown} before the first check.
 */
public record MachineConnectionWire(
        String id,
        String machineId,
        Instant lastChecked,
        String status,
        String freightStatusSummary,
        String currentTentacleVersion,
        List<Object> logs,
        String spaceId,
        Map<String, String> links) {

    static MachineConnectionWire of(Machine m, Links l) {
        HealthStatus health = m.health().status();
        String status =
                switch (health) {
                    case UNKNOWN -> "Unknown";
                    case HEALTHY, HAS_WARNINGS -> "Success";
                    default -> "Failure";
                };
        String self =
                "/"
                        + Links.segment(m.spaceId())
                        + "/machines/"
                        + Links.segment(m.id())
                        + "/connection";
        return new MachineConnectionWire(
                "machineconnectionstatus-" + m.id(),
                m.id(),
                m.health().checkedOn(),
                status,
                m.health().statusSummary(),
                null,
                List.of(),
                m.spaceId(),
                Links.of("Self", l.api(self)));
    }
}

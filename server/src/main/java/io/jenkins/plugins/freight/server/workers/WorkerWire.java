package io.jenkins.plugins.freight.server.workers;

import io.jenkins.plugins.freight.engine.machine.HealthStatus;
import io.jenkins.plugins.freight.engine.worker.Worker;
import io.jenkins.plugins.freight.server.http.Links;
import io.jenkins.plugins.freight.server.http.Merge;
import io.jenkins.plugins.freight.server.machines.EndpointWire;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The Octopus {@code Worker} resource: a deployment target's shape without environments, target
 * tags and tenant fields, with {@code WorkerPoolIds}; also the body of creates and updates.
 */
public record WorkerWire(
        String id,
        String name,
        String slug,
        Boolean isDisabled,
        List<String> workerPoolIds,
        String machinePolicyId,
        EndpointWire endpoint,
        String uri,
        String thumbprint,
        String healthStatus,
        String status,
        String statusSummary,
        boolean hasLatestCalamari,
        boolean isInProcess,
        String operatingSystem,
        String shellName,
        String shellVersion,
        String architecture,
        String spaceId,
        Instant lastModifiedOn,
        String lastModifiedBy,
        Map<String, String> links) {

    static WorkerWire of(Worker w, Links l) {
        String self = "/" + Links.segment(w.spaceId()) + "/workers/" + Links.segment(w.id());
        HealthStatus health = w.health().status();
        EndpointWire endpoint = EndpointWire.of(w.endpoint());
        return new WorkerWire(
                w.id(),
                w.name(),
                w.slug(),
                w.isDisabled(),
                w.workerPoolIds(),
                w.machinePolicyId(),
                endpoint,
                endpoint.uri(),
                null,
                health.octopusName(),
                legacyStatus(w.isDisabled(), health),
                w.health().statusSummary(),
                true,
                false,
                w.health().operatingSystem(),
                w.health().shellName(),
                w.health().shellVersion(),
                w.health().architecture(),
                w.spaceId(),
                w.lastModifiedOn(),
                w.lastModifiedBy(),
                Links.of("Self", l.api(self)));
    }

    private static String legacyStatus(boolean disabled, HealthStatus health) {
        if (disabled) {
            return "Disabled";
        }
        return switch (health) {
            case HEALTHY, HAS_WARNINGS -> "Online";
            case UNAVAILABLE, UNHEALTHY -> "Offline";
            case UNKNOWN -> "Unknown";
        };
    }

    /** The engine document this body describes; absent properties keep {@code current}'s. */
    Worker toWorker(Worker current) {
        return new Worker(
                current == null ? null : current.id(),
                current == null ? null : current.spaceId(),
                Merge.pick(name, current == null ? null : current.name(), null),
                Merge.slug(slug, current == null ? null : current.slug()),
                Merge.pick(isDisabled, current == null ? null : current.isDisabled(), false),
                Merge.list(workerPoolIds, current == null ? null : current.workerPoolIds()),
                Merge.pick(
                        machinePolicyId, current == null ? null : current.machinePolicyId(), null),
                endpoint != null
                        ? endpoint.toEndpoint()
                        : current == null ? null : current.endpoint(),
                current == null ? null : current.health(),
                null,
                null);
    }
}

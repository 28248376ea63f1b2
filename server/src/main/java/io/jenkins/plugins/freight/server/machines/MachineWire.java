package io.jenkins.plugins.freight.server.machines;

import io.jenkins.plugins.freight.engine.machine.HealthStatus;
import io.jenkins.plugins.freight.engine.machine.Machine;
import io.jenkins.plugins.freight.engine.project.TenantedDeploymentMode;
import io.jenkins.plugins.freight.server.http.ApiProblem;
import io.jenkins.plugins.freight.server.http.Links;
import io.jenkins.plugins.freight.server.http.Merge;
import java.time.Instant;
import java.util.Map;

/** The Octopus deployment target ({@code Machine}) resource; also the body of writes. */
public record MachineWire(
        String id,
        String name,
        String slug,
        Boolean isDisabled,
        java.util.List<String> environmentIds,
        java.util.List<String> roles,
        String tenantedDeploymentParticipation,
        java.util.List<String> tenantIds,
        java.util.List<String> tenantTags,
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

    static MachineWire of(Machine m, Links l) {
        String space = "/" + Links.segment(m.spaceId());
        String self = space + "/machines/" + Links.segment(m.id());
        HealthStatus health = m.health().status();
        EndpointWire endpoint = EndpointWire.of(m.endpoint());
        return new MachineWire(
                m.id(),
                m.name(),
                m.slug(),
                m.isDisabled(),
                m.environmentIds(),
                m.roles(),
                m.tenantedDeploymentParticipation().octopusName(),
                m.tenantIds(),
                m.tenantTags(),
                m.machinePolicyId(),
                endpoint,
                endpoint.uri(),
                null,
                health.octopusName(),
                legacyStatus(m.isDisabled(), health),
                m.health().statusSummary(),
                true,
                false,
                m.health().operatingSystem(),
                m.health().shellName(),
                m.health().shellVersion(),
                m.health().architecture(),
                m.spaceId(),
                m.lastModifiedOn(),
                m.lastModifiedBy(),
                Links.of(
                        "Self", l.api(self),
                        "Connection", l.api(self + "/connection"),
                        "TasksTemplate", l.api(self + "/tasks{?skip,take}"),
                        "Web", l.web(space + "/environments")));
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

    Machine toMachine(Machine current) {
        TenantedDeploymentMode participation =
                tenantedDeploymentParticipation == null
                        ? current == null ? null : current.tenantedDeploymentParticipation()
                        : parseParticipation(tenantedDeploymentParticipation);
        return new Machine(
                current == null ? null : current.id(),
                current == null ? null : current.spaceId(),
                Merge.pick(name, current == null ? null : current.name(), null),
                Merge.slug(slug, current == null ? null : current.slug()),
                Merge.pick(isDisabled, current == null ? null : current.isDisabled(), false),
                Merge.list(environmentIds, current == null ? null : current.environmentIds()),
                Merge.list(roles, current == null ? null : current.roles()),
                participation,
                Merge.list(tenantIds, current == null ? null : current.tenantIds()),
                Merge.list(tenantTags, current == null ? null : current.tenantTags()),
                Merge.pick(
                        machinePolicyId, current == null ? null : current.machinePolicyId(), null),
                endpoint != null
                        ? endpoint.toEndpoint()
                        : current == null ? null : current.endpoint(),
                current == null ? null : current.health(),
                null,
                null);
    }

    private static TenantedDeploymentMode parseParticipation(String value) {
        TenantedDeploymentMode mode = null;
        try {
            mode = TenantedDeploymentMode.fromOctopusName(value);
        } catch (RuntimeException e) {
            // reported below
        }
        if (mode == null) {
            throw ApiProblem.badRequest(
                    "The property 'TenantedDeploymentParticipation' must be Untenanted,"
                            + " TenantedOrUntenanted or Tenanted.");
        }
        return mode;
    }
}

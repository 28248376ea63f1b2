package io.jenkins.plugins.freight.engine.machine;

import io.jenkins.plugins.freight.engine.project.TenantedDeploymentMode;
import io.jenkins.plugins.freight.engine.space.Documents;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A deployment target: where steps run, chosen by environment and target tags (roles).
 *
 * @param id {@code Machines-N}
 * @param name unique in the space (case-insensitive)
 * @param environmentIds at least one
 * @param roles target tags, at least one (compared case-insensitively)
 * @param tenantedDeploymentParticipation whether it takes part in tenanted deployments
 * @param tenantIds tenants it serves (tenanted participation only)
 * @param tenantTags tenants it serves by tag ({@code TagSet/Tag})
 * @param machinePolicyId kept as given; {@code MachinePolicies-1} by default
 * @param endpoint how to reach it (SSH today)
 * @param health what the last health check found
 */
public record Machine(
        String id,
        String spaceId,
        String name,
        String slug,
        boolean isDisabled,
        List<String> environmentIds,
        List<String> roles,
        TenantedDeploymentMode tenantedDeploymentParticipation,
        List<String> tenantIds,
        List<String> tenantTags,
        String machinePolicyId,
        Endpoint endpoint,
        MachineHealth health,
        Instant lastModifiedOn,
        String lastModifiedBy) {

    public static final String DEFAULT_MACHINE_POLICY_ID = "MachinePolicies-1";

    public Machine {
        environmentIds = Documents.listCopy(environmentIds);
        roles = Documents.listCopy(roles);
        tenantedDeploymentParticipation =
                tenantedDeploymentParticipation == null
                        ? TenantedDeploymentMode.UNTENANTED
                        : tenantedDeploymentParticipation;
        tenantIds = Documents.listCopy(tenantIds);
        tenantTags = Documents.listCopy(tenantTags);
        machinePolicyId =
                machinePolicyId == null || machinePolicyId.isBlank()
                        ? DEFAULT_MACHINE_POLICY_ID
                        : machinePolicyId;
        health = health == null ? MachineHealth.unknown() : health;
    }

    /** A new SSH target in these environments with these tags. */
    public static Machine ssh(
            String name, List<String> environmentIds, List<String> roles, SshEndpoint endpoint) {
        return new Machine(
                null,
                null,
                name,
                null,
                false,
                environmentIds,
                roles,
                null,
                List.of(),
                List.of(),
                null,
                endpoint,
                null,
                null,
                null);
    }

    /** Whether the target carries any of these tags (case-insensitive; empty: none). */
    public boolean hasAnyRole(List<String> wanted) {
        return roles.stream().anyMatch(r -> wanted.stream().anyMatch(w -> w.equalsIgnoreCase(r)));
    }

    public Machine withTenants(
            TenantedDeploymentMode participation,
            List<String> newTenantIds,
            List<String> newTenantTags) {
        return new Machine(
                id,
                spaceId,
                name,
                slug,
                isDisabled,
                environmentIds,
                roles,
                participation,
                newTenantIds,
                newTenantTags,
                machinePolicyId,
                endpoint,
                health,
                lastModifiedOn,
                lastModifiedBy);
    }

    public Machine withDisabled(boolean value) {
        return new Machine(
                id,
                spaceId,
                name,
                slug,
                value,
                environmentIds,
                roles,
                tenantedDeploymentParticipation,
                tenantIds,
                tenantTags,
                machinePolicyId,
                endpoint,
                health,
                lastModifiedOn,
                lastModifiedBy);
    }

    public Machine withEnvironmentIds(List<String> value) {
        return new Machine(
                id,
                spaceId,
                name,
                slug,
                isDisabled,
                value,
                roles,
                tenantedDeploymentParticipation,
                tenantIds,
                tenantTags,
                machinePolicyId,
                endpoint,
                health,
                lastModifiedOn,
                lastModifiedBy);
    }

    Machine stored(
            String newId,
            String newSpaceId,
            String newName,
            String newSlug,
            List<String> newRoles,
            List<String> newTenantTags,
            MachineHealth newHealth,
            Instant on,
            String by) {
        return new Machine(
                newId,
                newSpaceId,
                newName,
                newSlug,
                isDisabled,
                environmentIds.stream().distinct().toList(),
                newRoles,
                tenantedDeploymentParticipation,
                tenantIds.stream().distinct().toList(),
                newTenantTags,
                machinePolicyId,
                endpoint,
                newHealth,
                on,
                by);
    }

    static String roleKey(String role) {
        return role.strip().toLowerCase(Locale.ROOT);
    }
}

package io.jenkins.plugins.freight.engine.machine;

import io.jenkins.plugins.freight.engine.space.Documents;
import java.util.List;

/**
 * Which targets a list returns, on top of the usual {@code ids}/{@code partialName} query: each
 * non-empty list must match (any of its values), a null {@code isDisabled} matches both.
 *
 * @param environmentIds in any of these environments
 * @param roles with any of these target tags (case-insensitive)
 * @param tenantIds serving any of these tenants (explicitly)
 */
public record MachineFilter(
        List<String> environmentIds,
        List<String> roles,
        List<String> tenantIds,
        Boolean isDisabled) {

    public MachineFilter {
        environmentIds = Documents.listCopy(environmentIds);
        roles = Documents.listCopy(roles);
        tenantIds = Documents.listCopy(tenantIds);
    }

    public static MachineFilter none() {
        return new MachineFilter(List.of(), List.of(), List.of(), null);
    }

    public static MachineFilter environment(String environmentId) {
        return new MachineFilter(List.of(environmentId), List.of(), List.of(), null);
    }

    public MachineFilter withRoles(List<String> value) {
        return new MachineFilter(environmentIds, value, tenantIds, isDisabled);
    }
}

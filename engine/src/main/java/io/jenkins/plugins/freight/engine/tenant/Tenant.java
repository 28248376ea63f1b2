package io.jenkins.plugins.freight.engine.tenant;

import io.jenkins.plugins.freight.engine.space.Documents;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tenant: a customer (or region, team…) that tenanted projects deploy to separately, one
 * deployment per tenant.
 *
 * @param id {@code Tenants-N}
 * @param name unique in the space (case-insensitive)
 * @param tenantTags {@code TagSet/Tag} names
 * @param projectEnvironments connected projects, each with the environment ids the tenant deploys
 *     it to
 * @param isDisabled a disabled tenant gets no deployments
 */
public record Tenant(
        String id,
        String spaceId,
        String name,
        String slug,
        String description,
        List<String> tenantTags,
        Map<String, List<String>> projectEnvironments,
        boolean isDisabled,
        Instant lastModifiedOn,
        String lastModifiedBy) {

    public Tenant {
        description = description == null ? "" : description;
        tenantTags = Documents.listCopy(tenantTags);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (projectEnvironments != null) {
            projectEnvironments.forEach((p, envs) -> copy.put(p, Documents.listCopy(envs)));
        }
        projectEnvironments = Documents.orderedCopy(copy);
    }

    public static Tenant named(String name) {
        return new Tenant(null, null, name, null, "", List.of(), Map.of(), false, null, null);
    }

    public Tenant withTenantTags(List<String> value) {
        return new Tenant(
                id,
                spaceId,
                name,
                slug,
                description,
                value,
                projectEnvironments,
                isDisabled,
                lastModifiedOn,
                lastModifiedBy);
    }

    public Tenant withProjectEnvironments(Map<String, List<String>> value) {
        return new Tenant(
                id,
                spaceId,
                name,
                slug,
                description,
                tenantTags,
                value,
                isDisabled,
                lastModifiedOn,
                lastModifiedBy);
    }

    /** Connected to the project with these environments (replacing an earlier connection). */
    public Tenant connectedTo(String projectId, String... environmentIds) {
        Map<String, List<String>> next = new LinkedHashMap<>(projectEnvironments);
        next.put(projectId, List.of(environmentIds));
        return withProjectEnvironments(next);
    }

    public Tenant withName(String value) {
        return new Tenant(
                id,
                spaceId,
                value,
                slug,
                description,
                tenantTags,
                projectEnvironments,
                isDisabled,
                lastModifiedOn,
                lastModifiedBy);
    }

    /** Whether the tenant deploys the project to the environment. */
    public boolean deploys(String projectId, String environmentId) {
        return projectEnvironments.getOrDefault(projectId, List.of()).contains(environmentId);
    }

    Tenant stored(
            String newId,
            String newSpaceId,
            String newName,
            String newSlug,
            Instant on,
            String by) {
        return new Tenant(
                newId,
                newSpaceId,
                newName,
                newSlug,
                description,
                tenantTags,
                projectEnvironments,
                isDisabled,
                on,
                by);
    }
}

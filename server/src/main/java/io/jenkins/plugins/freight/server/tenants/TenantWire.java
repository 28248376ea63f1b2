package io.jenkins.plugins.freight.server.tenants;

import io.jenkins.plugins.freight.engine.tenant.Tenant;
import io.jenkins.plugins.freight.server.http.Links;
import io.jenkins.plugins.freight.server.http.Merge;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The Octopus {@code Tenant} resource; also the body of creates and updates. */
public record TenantWire(
        String id,
        String name,
        String slug,
        String description,
        List<String> tenantTags,
        Map<String, List<String>> projectEnvironments,
        Boolean isDisabled,
        String clonedFromTenantId,
        String spaceId,
        Instant lastModifiedOn,
        String lastModifiedBy,
        Map<String, String> links) {

    static TenantWire of(Tenant t, Links l) {
        String space = "/" + Links.segment(t.spaceId());
        String self = space + "/tenants/" + Links.segment(t.id());
        return new TenantWire(
                t.id(),
                t.name(),
                t.slug(),
                t.description(),
                t.tenantTags(),
                t.projectEnvironments(),
                t.isDisabled(),
                null,
                t.spaceId(),
                t.lastModifiedOn(),
                t.lastModifiedBy(),
                Links.of(
                        "Self", l.api(self),
                        "Web", l.web(space)));
    }

    Tenant toTenant(Tenant current) {
        return new Tenant(
                current == null ? null : current.id(),
                current == null ? null : current.spaceId(),
                Merge.pick(name, current == null ? null : current.name(), null),
                Merge.slug(slug, current == null ? null : current.slug()),
                Merge.pick(description, current == null ? null : current.description(), ""),
                Merge.list(tenantTags, current == null ? null : current.tenantTags()),
                projectEnvironments != null
                        ? projectEnvironments
                        : current == null ? Map.of() : current.projectEnvironments(),
                Merge.pick(isDisabled, current == null ? null : current.isDisabled(), false),
                null,
                null);
    }
}

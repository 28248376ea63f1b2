package io.jenkins.plugins.freight.client.tenant;

import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.transport.NameOrIdLookup;
import io.jenkins.plugins.freight.client.transport.ResourceCollection;
import io.jenkins.plugins.freight.client.transport.Transport;
import java.util.Collection;
import java.util.List;

/** Tenants. */
public final class TenantApi {

    private final FreightClient client;

    public TenantApi(FreightClient client) {
        this.client = client;
    }

    /** The tenant with that name (exact, then ignoring case) or id. */
    public Tenant get(String nameOrId) {
        return new NameOrIdLookup<>(
                        client.transport(), "Tenant", "Tenants", Tenant.class, Tenant::name)
                .find(client.spaceUrl("tenants"), nameOrId, client.inSpace());
    }

    /** The tenants with those ids; unknown ids are left out. */
    public List<Tenant> byIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        ResourceCollection<Tenant> page =
                client.transport()
                        .get(
                                client.spaceUrl("tenants")
                                        .newBuilder()
                                        .addQueryParameter("ids", String.join(",", ids))
                                        .addQueryParameter("take", String.valueOf(ids.size()))
                                        .build(),
                                Transport.collectionOf(Tenant.class));
        return page.items();
    }
}

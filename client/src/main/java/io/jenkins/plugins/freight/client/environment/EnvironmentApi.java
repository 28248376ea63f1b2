package io.jenkins.plugins.freight.client.environment;

import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.transport.NameOrIdLookup;
import io.jenkins.plugins.freight.client.transport.ResourceCollection;
import io.jenkins.plugins.freight.client.transport.Transport;
import java.util.Collection;
import java.util.List;

/** Environments. */
public final class EnvironmentApi {

    private final FreightClient client;

    public EnvironmentApi(FreightClient client) {
        this.client = client;
    }

    /** The environment with that name (exact, then ignoring case) or id. */
    public Environment get(String nameOrId) {
        return new NameOrIdLookup<>(
                        client.transport(),
                        "Environment",
                        "Environments",
                        Environment.class,
                        Environment::name)
                .find(client.spaceUrl("environments"), nameOrId, client.inSpace());
    }

    /** The environments with those ids; unknown ids are left out. */
    public List<Environment> byIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        ResourceCollection<Environment> page =
                client.transport()
                        .get(
                                client.spaceUrl("environments")
                                        .newBuilder()
                                        .addQueryParameter("ids", String.join(",", ids))
                                        .addQueryParameter("take", String.valueOf(ids.size()))
                                        .build(),
                                Transport.collectionOf(Environment.class));
        return page.items();
    }
}

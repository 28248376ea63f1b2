package io.jenkins.plugins.freight.client.deployment;

import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.transport.ResourceCollection;
import io.jenkins.plugins.freight.client.transport.Transport;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;

/** Deployments. */
public final class DeploymentApi {

    private final FreightClient client;

    public DeploymentApi(FreightClient client) {
        this.client = client;
    }

    /**
     * Deploys through the executions API: {@code deployments/create/untenanted/v1}, or {@code
     * tenanted/v1} when the command names tenants or tenant tags.
     */
    public CreatedDeployments create(CreateDeploymentCommand command) {
        String kind = command.isTenanted() ? "tenanted" : "untenanted";
        return client.transport()
                .post(
                        client.spaceUrl("deployments", "create", kind, "v1"),
                        command,
                        CreatedDeployments.class);
    }

    /** The deployments with those ids; unknown ids are left out. */
    public List<Deployment> byIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        ResourceCollection<Deployment> page =
                client.transport()
                        .get(
                                client.spaceUrl("deployments")
                                        .newBuilder()
                                        .addQueryParameter("ids", String.join(",", ids))
                                        .addQueryParameter("take", String.valueOf(ids.size()))
                                        .build(),
                                Transport.collectionOf(Deployment.class));
        return page.items();
    }

    /**
     * The newest successful deployment of the project to the environment (and tenant, when given):
     * what is "current" there.
     */
    public Optional<Deployment> latestSuccessful(
            String projectId, String environmentId, String tenantId) {
        HttpUrl.Builder url =
                client.spaceUrl("deployments")
                        .newBuilder()
                        .addQueryParameter("projects", projectId)
                        .addQueryParameter("environments", environmentId)
                        .addQueryParameter("taskState", "Success")
                        .addQueryParameter("skip", "0")
                        .addQueryParameter("take", "1");
        if (tenantId != null) {
            url.addQueryParameter("tenants", tenantId);
        }
        ResourceCollection<Deployment> page =
                client.transport().get(url.build(), Transport.collectionOf(Deployment.class));
        return page.items().stream().findFirst();
    }
}

package io.jenkins.plugins.freight.client.plan;

import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.transport.ResourceCollection;
import io.jenkins.plugins.freight.client.transport.Transport;
import java.util.List;
import java.util.Map;

/**
 * Deployment plans: Freight's REST extension under {@code /api/{space}/deploymentplans}. Plans name
 * environments, projects and releases by id or by name (a release by its version).
 */
public final class DeploymentPlanApi {

    private final FreightClient client;

    public DeploymentPlanApi(FreightClient client) {
        this.client = client;
    }

    /** What a new plan, or an added item, holds. */
    public record NewItem(String projectId, String releaseId, String notes) {}

    /** A new plan for one environment. */
    public record NewPlan(String name, String environmentId, String notes, List<NewItem> items) {

        public NewPlan {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /** The plans of the space the caller may see, newest first. */
    public List<DeploymentPlan> list() {
        ResourceCollection<DeploymentPlan> page =
                client.transport()
                        .get(
                                client.spaceUrl("deploymentplans")
                                        .newBuilder()
                                        .addQueryParameter("skip", "0")
                                        .addQueryParameter("take", "1000")
                                        .build(),
                                Transport.collectionOf(DeploymentPlan.class));
        return page.items();
    }

    /** A plan by id, with its progress brought up to date. */
    public DeploymentPlan get(String planId) {
        return client.transport()
                .get(client.spaceUrl("deploymentplans", planId), DeploymentPlan.class);
    }

    public DeploymentPlan create(NewPlan plan) {
        return client.transport()
                .post(client.spaceUrl("deploymentplans"), plan, DeploymentPlan.class);
    }

    /** Adds an item to the newest version of a draft (concurrent additions both succeed). */
    public DeploymentPlan addItem(String planId, NewItem item) {
        return client.transport()
                .post(
                        client.spaceUrl("deploymentplans", planId, "items"),
                        item,
                        DeploymentPlan.class);
    }

    /** Every item checked against lifecycles, permissions and freezes. */
    public PlanValidation validate(String planId) {
        return client.transport()
                .get(client.spaceUrl("deploymentplans", planId, "validate"), PlanValidation.class);
    }

    /**
     * Starts deploying the items one after the other; {@code version} is the version reviewed (a
     * plan changed since is refused).
     */
    public DeploymentPlan execute(String planId, int version) {
        return client.transport()
                .post(
                        client.spaceUrl("deploymentplans", planId, "execute"),
                        Map.of("Version", version),
                        DeploymentPlan.class);
    }

    /** Cancels the running item and skips the rest. */
    public DeploymentPlan abort(String planId) {
        return client.transport()
                .post(
                        client.spaceUrl("deploymentplans", planId, "abort"),
                        Map.of(),
                        DeploymentPlan.class);
    }

    /** A new draft with the items of a failed or aborted plan that did not succeed. */
    public DeploymentPlan retry(String planId) {
        return client.transport()
                .post(
                        client.spaceUrl("deploymentplans", planId, "retry"),
                        Map.of(),
                        DeploymentPlan.class);
    }

    /** The deployment log of one item, as text. */
    public String itemLog(String planId, String itemId) {
        return client.transport()
                .getText(client.spaceUrl("deploymentplans", planId, "items", itemId, "log"));
    }
}

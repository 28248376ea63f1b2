package io.jenkins.plugins.freight.client.plan;

import io.jenkins.plugins.freight.client.transport.Links;
import java.util.List;
import java.util.Map;

/**
 * A deployment plan (Freight extension): items to deploy to one environment, in order.
 *
 * @param state {@code DRAFT}, {@code EXECUTING}, {@code SUCCEEDED}, {@code FAILED} or {@code
 *     ABORTED}
 * @param version rises with every change; edits and execution name the version they are based on
 */
public record DeploymentPlan(
        String id,
        String spaceId,
        String name,
        String environmentId,
        String notes,
        String state,
        int version,
        List<PlanItem> items,
        String retriedFromPlanId,
        String createdBy,
        String lastModifiedBy,
        String executedBy,
        Map<String, String> links) {

    public DeploymentPlan {
        items = Links.copy(items);
        links = Links.copy(links);
    }

    /** Whether the plan has ended (succeeded, failed or aborted). */
    public boolean isFinished() {
        return "SUCCEEDED".equals(state) || "FAILED".equals(state) || "ABORTED".equals(state);
    }

    /**
     * One item: a release of a project.
     *
     * @param state {@code PENDING}, {@code DEPLOYING}, {@code SUCCEEDED}, {@code FAILED}, {@code
     *     CANCELED} or {@code SKIPPED}
     * @param message why it failed or was skipped, if it did
     */
    public record PlanItem(
            String id,
            String projectId,
            String releaseId,
            String notes,
            String state,
            String deploymentId,
            String taskId,
            String message) {}
}

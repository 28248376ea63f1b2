package io.jenkins.plugins.freight.engine.plan;

import java.time.Instant;
import java.util.List;

/**
 * A deployment plan: items to deploy, in order, to one environment.
 *
 * @param id {@code DeploymentPlans-N}
 * @param version increases with every change; edits name the version they were based on
 * @param retriedFromPlanId the failed or aborted plan this one retries, or null
 * @param executedBy who executed it (username), or null while a draft
 */
public record DeploymentPlan(
        String id,
        String spaceId,
        String name,
        String environmentId,
        String notes,
        PlanState state,
        int version,
        List<PlanItem> items,
        String retriedFromPlanId,
        Instant createdOn,
        String createdBy,
        Instant lastModifiedOn,
        String lastModifiedBy,
        String executedById,
        String executedBy,
        Instant executedOn,
        Instant finishedOn) {

    public DeploymentPlan {
        items = List.copyOf(items);
    }

    public DeploymentPlan withItems(List<PlanItem> value) {
        return new DeploymentPlan(
                id,
                spaceId,
                name,
                environmentId,
                notes,
                state,
                version,
                value,
                retriedFromPlanId,
                createdOn,
                createdBy,
                lastModifiedOn,
                lastModifiedBy,
                executedById,
                executedBy,
                executedOn,
                finishedOn);
    }
}

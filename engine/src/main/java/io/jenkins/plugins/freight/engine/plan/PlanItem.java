package io.jenkins.plugins.freight.engine.plan;

/**
 * One (project, release) of a plan with its deployment notes and, once executed, its deployment.
 *
 * @param id {@code DeploymentPlanItems-N}
 * @param deploymentId the deployment created for it, or null before
 * @param taskId that deployment's task, or null
 * @param message why it ended as it did (failure, skip reason), or null
 */
public record PlanItem(
        String id,
        String projectId,
        String releaseId,
        String notes,
        PlanItemState state,
        String deploymentId,
        String taskId,
        String message) {}

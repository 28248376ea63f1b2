package io.jenkins.plugins.freight.engine.variable;

import java.util.Set;

/**
 * Where variables are being resolved: the deployment's environment, channel, tenant and process,
 * and, as execution narrows, the step/action and the target. A null or empty part matches no scope
 * of that dimension.
 *
 * @param targetTags the tags (roles) of the target
 * @param stepTargetTags the tags the current step targets; a tag in both ranks higher
 * @param actions ids and names of the current action and its step
 * @param tenantTags canonical {@code TagSet/Tag} names
 * @param processOwnerId the project (deployment process) or runbook
 */
public record ScopeContext(
        String environmentId,
        String channelId,
        String tenantId,
        Set<String> tenantTags,
        String processOwnerId,
        String machineId,
        Set<String> targetTags,
        Set<String> stepTargetTags,
        Set<String> actions) {

    public ScopeContext {
        tenantTags = tenantTags == null ? Set.of() : Set.copyOf(tenantTags);
        targetTags = targetTags == null ? Set.of() : Set.copyOf(targetTags);
        stepTargetTags = stepTargetTags == null ? Set.of() : Set.copyOf(stepTargetTags);
        actions = actions == null ? Set.of() : Set.copyOf(actions);
    }

    /** The deployment-wide context, before any step or target. */
    public static ScopeContext deployment(
            String environmentId,
            String channelId,
            String tenantId,
            Set<String> tenantTags,
            String processOwnerId) {
        return new ScopeContext(
                environmentId,
                channelId,
                tenantId,
                tenantTags,
                processOwnerId,
                null,
                null,
                null,
                null);
    }

    /**
     * This context narrowed to an action (its id and name, and its step's) and the tags it targets.
     */
    public ScopeContext forAction(Set<String> actionIdsAndNames, Set<String> targetedTags) {
        return new ScopeContext(
                environmentId,
                channelId,
                tenantId,
                tenantTags,
                processOwnerId,
                machineId,
                targetTags,
                targetedTags,
                actionIdsAndNames);
    }

    /** This context narrowed to a target and its tags. */
    public ScopeContext forTarget(String targetId, Set<String> tags) {
        return new ScopeContext(
                environmentId,
                channelId,
                tenantId,
                tenantTags,
                processOwnerId,
                targetId,
                tags,
                stepTargetTags,
                actions);
    }
}

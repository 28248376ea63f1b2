package io.jenkins.plugins.freight.engine.lifecycle;

import io.jenkins.plugins.freight.engine.space.Documents;
import java.util.ArrayList;
import java.util.List;

/**
 * One phase of a lifecycle.
 *
 * @param id assigned by the engine when blank; stays the same across edits
 * @param name required, unique within the lifecycle
 * @param automaticDeploymentTargets environment ids deployed automatically when a release enters
 *     the phase
 * @param optionalDeploymentTargets environment ids deployed when someone asks
 * @param minimumEnvironmentsBeforePromotion how many of the phase's environments must succeed
 *     before later phases open; 0 means all of them
 * @param isOptionalPhase whether later phases open without this one completing
 * @param isPriorityPhase whether deployments in this phase go ahead of others in the task queue
 * @param releaseRetentionPolicy null: inherited (nearest earlier phase with a policy, else the
 *     lifecycle)
 * @param tentacleRetentionPolicy null: inherited as above
 */
public record Phase(
        String id,
        String name,
        List<String> automaticDeploymentTargets,
        List<String> optionalDeploymentTargets,
        int minimumEnvironmentsBeforePromotion,
        boolean isOptionalPhase,
        boolean isPriorityPhase,
        RetentionPeriod releaseRetentionPolicy,
        RetentionPeriod tentacleRetentionPolicy) {

    public Phase {
        automaticDeploymentTargets = Documents.listCopy(automaticDeploymentTargets);
        optionalDeploymentTargets = Documents.listCopy(optionalDeploymentTargets);
    }

    /** A required phase with these environments deployed on request. */
    public static Phase manual(String name, String... environmentIds) {
        return new Phase(
                null, name, List.of(), List.of(environmentIds), 0, false, false, null, null);
    }

    /** A required phase with these environments deployed automatically on phase entry. */
    public static Phase automatic(String name, String... environmentIds) {
        return new Phase(
                null, name, List.of(environmentIds), List.of(), 0, false, false, null, null);
    }

    /** Every environment of the phase: automatic ones first, then manual ones. */
    public List<String> environmentIds() {
        List<String> all = new ArrayList<>(automaticDeploymentTargets);
        optionalDeploymentTargets.stream().filter(e -> !all.contains(e)).forEach(all::add);
        return all;
    }

    /** How many successful environments complete this phase (0 means all). */
    public int environmentsRequired() {
        int size = environmentIds().size();
        return minimumEnvironmentsBeforePromotion == 0
                ? size
                : Math.min(minimumEnvironmentsBeforePromotion, size);
    }

    public boolean isAutomatic(String environmentId) {
        return automaticDeploymentTargets.contains(environmentId);
    }

    public Phase asOptional() {
        return new Phase(
                id,
                name,
                automaticDeploymentTargets,
                optionalDeploymentTargets,
                minimumEnvironmentsBeforePromotion,
                true,
                isPriorityPhase,
                releaseRetentionPolicy,
                tentacleRetentionPolicy);
    }

    public Phase withMinimumEnvironmentsBeforePromotion(int value) {
        return new Phase(
                id,
                name,
                automaticDeploymentTargets,
                optionalDeploymentTargets,
                value,
                isOptionalPhase,
                isPriorityPhase,
                releaseRetentionPolicy,
                tentacleRetentionPolicy);
    }

    public Phase withReleaseRetentionPolicy(RetentionPeriod value) {
        return new Phase(
                id,
                name,
                automaticDeploymentTargets,
                optionalDeploymentTargets,
                minimumEnvironmentsBeforePromotion,
                isOptionalPhase,
                isPriorityPhase,
                value,
                tentacleRetentionPolicy);
    }

    Phase with(
            String newId,
            List<String> automatic,
            List<String> optional,
            RetentionPeriod release,
            RetentionPeriod tentacle) {
        return new Phase(
                newId,
                name,
                automatic,
                optional,
                minimumEnvironmentsBeforePromotion,
                isOptionalPhase,
                isPriorityPhase,
                release,
                tentacle);
    }
}

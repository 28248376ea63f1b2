package io.jenkins.plugins.freight.engine.task.interruption;

import java.util.List;
import java.util.Objects;

/**
 * What a handler asks a person (see {@code TaskContext#createInterruption}).
 *
 * @param title e.g. "Approve deployment to Production"
 * @param type manual intervention or guided failure
 * @param form the elements to fill in
 * @param responsibleTeamIds teams whose members may take responsibility; empty for anyone allowed
 * @param relatedDocumentIds e.g. the deployment, project and environment ids (the task's id is
 *     added automatically)
 * @param correlationId the handler's own key, e.g. the step or action id, or null
 * @param blocksConcurrentTasks whether the task keeps its concurrency turn while this is pending,
 *     so later tasks with the same concurrency tag (deployments of the same project to the same
 *     environment and tenant) wait for the answer
 */
public record InterruptionRequest(
        String title,
        InterruptionType type,
        InterruptionForm form,
        List<String> responsibleTeamIds,
        List<String> relatedDocumentIds,
        String correlationId,
        boolean blocksConcurrentTasks) {

    public InterruptionRequest {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(form, "form");
        responsibleTeamIds =
                responsibleTeamIds == null ? List.of() : List.copyOf(responsibleTeamIds);
        relatedDocumentIds =
                relatedDocumentIds == null ? List.of() : List.copyOf(relatedDocumentIds);
    }

    /** A manual intervention with Proceed/Abort. */
    public static InterruptionRequest manualIntervention(
            String title,
            String instructions,
            List<String> responsibleTeamIds,
            List<String> relatedDocumentIds) {
        return new InterruptionRequest(
                title,
                InterruptionType.ManualIntervention,
                InterruptionForm.manualIntervention(instructions),
                responsibleTeamIds,
                relatedDocumentIds,
                null,
                false);
    }

    /**
     * A guided-failure question with Fail/Retry (and Ignore/Exclude unless the step is required).
     */
    public static InterruptionRequest guidedFailure(
            String title,
            String instructions,
            boolean allowIgnoreAndExclude,
            List<String> relatedDocumentIds) {
        return new InterruptionRequest(
                title,
                InterruptionType.GuidedFailure,
                InterruptionForm.guidedFailure(instructions, allowIgnoreAndExclude),
                List.of(),
                relatedDocumentIds,
                null,
                false);
    }

    public InterruptionRequest withCorrelationId(String value) {
        return new InterruptionRequest(
                title,
                type,
                form,
                responsibleTeamIds,
                relatedDocumentIds,
                value,
                blocksConcurrentTasks);
    }

    /** The same request, keeping the task's concurrency turn while it is pending. */
    public InterruptionRequest blockingConcurrentTasks() {
        return new InterruptionRequest(
                title, type, form, responsibleTeamIds, relatedDocumentIds, correlationId, true);
    }
}

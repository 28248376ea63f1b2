package io.jenkins.plugins.freight.engine.task.interruption;

import io.jenkins.plugins.freight.engine.security.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A question a task waits on (Octopus's {@code Interruption}).
 *
 * @param id {@code Interruptions-N}
 * @param spaceId the task's space
 * @param taskId the waiting task
 * @param title shown to people
 * @param type manual intervention or guided failure
 * @param created when it was raised
 * @param isPending not yet answered (nor closed by the task ending)
 * @param form elements and, once submitted, values
 * @param relatedDocumentIds the task id first, then deployment, project, environment… ids
 * @param responsibleTeamIds teams whose members may take responsibility; empty for anyone allowed
 * @param responsibleUserId who took responsibility, or null
 * @param correlationId the handler's own key, or null
 * @param submittedByUserId who submitted it, or null
 * @param submittedAt when, or null
 * @param blocksConcurrentTasks the task keeps its concurrency turn while this is pending
 */
public record Interruption(
        String id,
        String spaceId,
        String taskId,
        String title,
        InterruptionType type,
        Instant created,
        boolean isPending,
        InterruptionForm form,
        List<String> relatedDocumentIds,
        List<String> responsibleTeamIds,
        String responsibleUserId,
        String correlationId,
        String submittedByUserId,
        Instant submittedAt,
        boolean blocksConcurrentTasks) {

    public Interruption {
        Objects.requireNonNull(id, "id");
        relatedDocumentIds = List.copyOf(relatedDocumentIds);
        responsibleTeamIds = List.copyOf(responsibleTeamIds);
    }

    /** Octopus's {@code HasResponsibility}: the caller is the responsible user. */
    public boolean hasResponsibility(Caller caller) {
        return responsibleUserId != null && responsibleUserId.equals(caller.userId());
    }

    /**
     * The chosen button of a manual intervention ({@code Proceed}/{@code Abort}) or guided failure.
     */
    public Optional<String> result() {
        return form.value(
                type == InterruptionType.GuidedFailure
                        ? InterruptionForm.GUIDANCE
                        : InterruptionForm.RESULT);
    }

    /** The submitted notes, if any. */
    public Optional<String> notes() {
        return form.value(InterruptionForm.NOTES);
    }
}

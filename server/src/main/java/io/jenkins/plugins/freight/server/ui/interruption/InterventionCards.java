package io.jenkins.plugins.freight.server.ui.interruption;

import io.jenkins.plugins.freight.engine.error.FreightException;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.IdentityService;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.task.TaskService;
import io.jenkins.plugins.freight.engine.task.interruption.FormControl;
import io.jenkins.plugins.freight.engine.task.interruption.FormElement;
import io.jenkins.plugins.freight.engine.task.interruption.Interruption;
import io.jenkins.plugins.freight.engine.task.interruption.InterruptionForm;
import io.jenkins.plugins.freight.engine.task.interruption.InterruptionQuery;
import io.jenkins.plugins.freight.server.ui.TimeText;
import io.jenkins.plugins.freight.server.ui.UiLinks;
import java.util.List;

/** Builds intervention cards from the engine's pending interruptions. */
public final class InterventionCards {

    static final int MOST_SHOWN = 100;

    private final TaskService tasks;
    private final IdentityService identity;

    public InterventionCards(TaskService tasks, IdentityService identity) {
        this.tasks = tasks;
        this.identity = identity;
    }

    /** The pending interventions of one task, or of the whole space when {@code taskId} is null. */
    public List<InterventionCard> pending(
            Caller caller, String spaceId, String taskId, UiLinks links) {
        InterruptionQuery query =
                InterruptionQuery.inSpace(spaceId).pendingOnly(true).page(0, MOST_SHOWN);
        if (taskId != null) {
            query = query.regarding(taskId);
        }
        return tasks.interruptions().list(caller, query).items().stream()
                .filter(Interruption::isPending)
                .map(i -> card(caller, i, links))
                .toList();
    }

    private InterventionCard card(Caller caller, Interruption interruption, UiLinks links) {
        String space = interruption.spaceId();
        InterruptionForm form = interruption.form();
        String instructions =
                form.element(InterruptionForm.INSTRUCTIONS)
                        .map(FormElement::control)
                        .filter(FormControl.Paragraph.class::isInstance)
                        .map(c -> ((FormControl.Paragraph) c).text())
                        .orElse("");
        FormElement group =
                form.elements().stream()
                        .filter(e -> e.control() instanceof FormControl.SubmitButtonGroup)
                        .findFirst()
                        .orElse(null);
        List<InterventionCard.Answer> answers =
                group == null
                        ? List.of()
                        : ((FormControl.SubmitButtonGroup) group.control())
                                .buttons().stream()
                                        .map(
                                                b ->
                                                        new InterventionCard.Answer(
                                                                b.text(),
                                                                b.value(),
                                                                b.requiresConfirmation()))
                                        .toList();
        return new InterventionCard(
                interruption.id(),
                interruption.title(),
                taskDescription(caller, interruption.taskId()),
                links.task(space, interruption.taskId()),
                TimeText.of(interruption.created()),
                instructions,
                interruption.responsibleUserId() == null
                        ? null
                        : userName(caller, interruption.responsibleUserId()),
                interruption.hasResponsibility(caller),
                links.takeIntervention(space, interruption.id()),
                links.submitIntervention(space, interruption.id()),
                group == null ? null : group.name(),
                answers,
                form.element(InterruptionForm.NOTES).isPresent(),
                interruption.blocksConcurrentTasks());
    }

    private String taskDescription(Caller caller, String taskId) {
        try {
            ServerTask task = tasks.get(caller, taskId);
            return task.description();
        } catch (FreightException e) {
            return taskId;
        }
    }

    /** The user's display name, or their id when the caller may not look users up. */
    private String userName(Caller caller, String userId) {
        if (userId.equals(caller.userId())) {
            return "you";
        }
        try {
            return identity.getUser(caller, userId).displayName();
        } catch (FreightException e) {
            return userId;
        }
    }
}

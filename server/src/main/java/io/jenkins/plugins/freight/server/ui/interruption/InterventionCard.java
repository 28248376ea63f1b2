package io.jenkins.plugins.freight.server.ui.interruption;

import java.util.List;

/**
 * One pending intervention as a card: the question, who is responsible, and — for the responsible
 * user — notes and the answer buttons; for everyone else "Assign to me".
 *
 * @param id {@code Interruptions-N}
 * @param title e.g. "Approval required for Deployment Sign Off"
 * @param taskDescription the waiting task's description
 * @param taskHref the waiting task's page
 * @param created when it was raised
 * @param instructions what the person is asked to do, may be empty
 * @param responsibleName who took responsibility, or null
 * @param mine the signed-in user is responsible (and may answer)
 * @param takeAction where "Assign to me" posts
 * @param submitAction where the answer posts
 * @param buttonField the form field the buttons set ({@code Result} or {@code Guidance})
 * @param buttons the answers
 * @param hasNotes the form takes notes
 */
public record InterventionCard(
        String id,
        String title,
        String taskDescription,
        String taskHref,
        String created,
        String instructions,
        String responsibleName,
        boolean mine,
        String takeAction,
        String submitAction,
        String buttonField,
        List<Answer> buttons,
        boolean hasNotes,
        boolean blocksOtherDeployments) {

    public InterventionCard {
        buttons = List.copyOf(buttons);
    }

    /** One answer button; {@code confirm} asks before submitting (e.g. Abort). */
    public record Answer(String text, String value, boolean confirm) {}
}

package io.jenkins.plugins.freight.server.ui.interruption;

import io.jenkins.plugins.freight.server.ui.PageFrame;
import java.util.List;

/**
 * The interventions part of a page (template {@code interruption/interventions.jte}, rendered
 * inside the page and alone). While it shows no card and its task still runs, it polls itself so a
 * new question appears; once a card is shown it stops, so typed notes are never replaced.
 *
 * @param back where answering returns to
 * @param pollHref where it polls itself, or null for no polling
 */
public record InterventionsView(
        PageFrame frame, List<InterventionCard> cards, String back, String pollHref) {
    public InterventionsView {
        cards = List.copyOf(cards);
    }
}

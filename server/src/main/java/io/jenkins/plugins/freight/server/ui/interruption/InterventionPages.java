package io.jenkins.plugins.freight.server.ui.interruption;

import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.task.interruption.FormControl;
import io.jenkins.plugins.freight.engine.task.interruption.FormElement;
import io.jenkins.plugins.freight.engine.task.interruption.Interruption;
import io.jenkins.plugins.freight.engine.task.interruption.InterruptionService;
import io.jenkins.plugins.freight.server.ui.UiRequest;
import io.jenkins.plugins.freight.server.ui.UiRoutes;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pending interventions: the list of the space, "Assign to me" (take responsibility), and the
 * answer (Proceed/Abort, or a guided-failure choice, with notes).
 */
public final class InterventionPages {

    private final InterruptionService interruptions;
    private final InterventionCards cards;

    public InterventionPages(InterruptionService interruptions, InterventionCards cards) {
        this.interruptions = interruptions;
        this.cards = cards;
    }

    public void register(UiRoutes routes) {
        routes.get("{space}/interventions", this::list)
                .post("{space}/interventions/{interruption}/take", this::take)
                .post("{space}/interventions/{interruption}/submit", this::submit);
    }

    private void list(UiRequest r) throws IOException {
        String space = r.spaceId();
        r.render(
                "interruption/list.jte",
                new InterventionsPage(
                        r.frame("Interventions", "interventions"),
                        new InterventionsView(
                                r.frame("Interventions", "interventions"),
                                cards.pending(r.caller(), space, null, r.links()),
                                r.links().interventions(space),
                                null)));
    }

    private void take(UiRequest r) {
        Interruption interruption = interruption(r);
        interruptions.takeResponsibility(r.caller(), interruption.id());
        r.redirect(back(r, interruption));
    }

    private void submit(UiRequest r) {
        Interruption interruption = interruption(r);
        Map<String, String> values = new LinkedHashMap<>();
        for (FormElement element : interruption.form().elements()) {
            if (element.control() instanceof FormControl.Paragraph) {
                continue;
            }
            String value = r.param(element.name());
            if (value != null) {
                values.put(element.name(), value);
            }
        }
        interruptions.submit(r.caller(), interruption.id(), values);
        r.redirect(back(r, interruption));
    }

    private Interruption interruption(UiRequest r) {
        String id = r.path("interruption");
        Interruption found = interruptions.get(r.caller(), id);
        if (found.spaceId() != null && !found.spaceId().equals(r.spaceId())) {
            throw NotFoundException.of("Interruption", id);
        }
        return found;
    }

    /** The page the form came from if it is inside the UI, else the waiting task's page. */
    private static String back(UiRequest r, Interruption interruption) {
        String back = r.param("back");
        return r.links().isInside(back) ? back : r.links().task(r.spaceId(), interruption.taskId());
    }
}

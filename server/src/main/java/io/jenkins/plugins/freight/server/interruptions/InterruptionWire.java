package io.jenkins.plugins.freight.server.interruptions;

import io.jenkins.plugins.freight.engine.task.interruption.FormControl;
import io.jenkins.plugins.freight.engine.task.interruption.FormElement;
import io.jenkins.plugins.freight.engine.task.interruption.Interruption;
import io.jenkins.plugins.freight.server.http.Links;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Octopus {@code Interruption} resource, with its form in Octopus's element shapes. */
public record InterruptionWire(
        String id,
        String title,
        String type,
        Instant created,
        boolean isPending,
        Form form,
        List<String> relatedDocumentIds,
        List<String> responsibleTeamIds,
        String responsibleUserId,
        boolean canTakeResponsibility,
        boolean hasResponsibility,
        String taskId,
        String correlationId,
        boolean isLinkedToOtherInterruption,
        String spaceId,
        Map<String, String> links) {

    public record Form(Map<String, String> values, List<Element> elements) {}

    public record Element(String name, Map<String, Object> control, boolean isValueRequired) {}

    static InterruptionWire of(Interruption i, String callerUserId, Links l) {
        String self =
                (i.spaceId() == null ? "" : "/" + Links.segment(i.spaceId()))
                        + "/interruptions/"
                        + Links.segment(i.id());
        return new InterruptionWire(
                i.id(),
                i.title(),
                i.type().toString(),
                i.created(),
                i.isPending(),
                new Form(
                        i.form().values(),
                        i.form().elements().stream().map(InterruptionWire::element).toList()),
                i.relatedDocumentIds(),
                i.responsibleTeamIds(),
                i.responsibleUserId(),
                i.isPending(),
                i.responsibleUserId() != null && i.responsibleUserId().equals(callerUserId),
                i.taskId(),
                i.correlationId(),
                false,
                i.spaceId(),
                Links.of(
                        "Self", l.api(self),
                        "Submit", l.api(self + "/submit"),
                        "Responsible", l.api(self + "/responsible")));
    }

    private static Element element(FormElement e) {
        Map<String, Object> control = new LinkedHashMap<>();
        control.put("Type", e.control().type());
        if (e.control() instanceof FormControl.Paragraph p) {
            control.put("Text", p.text());
            control.put("ResolveLinks", p.resolveLinks());
        } else if (e.control() instanceof FormControl.TextArea t) {
            control.put("Label", t.label());
        } else if (e.control() instanceof FormControl.SubmitButtonGroup g) {
            control.put(
                    "Buttons",
                    g.buttons().stream()
                            .map(
                                    b ->
                                            Map.of(
                                                    "Text", b.text(),
                                                    "Value", b.value(),
                                                    "RequiresConfirmation",
                                                            b.requiresConfirmation()))
                            .toList());
        }
        return new Element(e.name(), control, e.isValueRequired());
    }
}

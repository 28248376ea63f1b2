package io.jenkins.plugins.freight.engine.task.interruption;

import io.jenkins.plugins.freight.engine.task.interruption.FormControl.Button;
import io.jenkins.plugins.freight.engine.task.interruption.FormControl.Paragraph;
import io.jenkins.plugins.freight.engine.task.interruption.FormControl.SubmitButtonGroup;
import io.jenkins.plugins.freight.engine.task.interruption.FormControl.TextArea;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The form a person fills in to answer an interruption: its elements and, once submitted, their
 * values (element name → value; unsubmitted elements map to null, as in Octopus).
 */
public record InterruptionForm(List<FormElement> elements, Map<String, String> values) {

    /** Name of the button group of a manual intervention. */
    public static final String RESULT = "Result";

    /** Name of the button group of a guided failure. */
    public static final String GUIDANCE = "Guidance";

    public static final String NOTES = "Notes";
    public static final String INSTRUCTIONS = "Instructions";

    public static final String PROCEED = "Proceed";
    public static final String ABORT = "Abort";
    public static final String FAIL = "Fail";
    public static final String RETRY = "Retry";
    public static final String IGNORE = "Ignore";
    public static final String EXCLUDE = "Exclude";

    public InterruptionForm {
        elements = List.copyOf(elements);
        Map<String, String> copy = new LinkedHashMap<>();
        for (FormElement element : elements) {
            copy.put(element.name(), values == null ? null : values.get(element.name()));
        }
        values = Collections.unmodifiableMap(copy);
    }

    /** A form with the given elements and no values yet. */
    public static InterruptionForm of(List<FormElement> elements) {
        return new InterruptionForm(elements, Map.of());
    }

    /**
     * Instructions, Notes and Result with the buttons Proceed and Abort (Abort asks to confirm).
     */
    public static InterruptionForm manualIntervention(String instructions) {
        return of(
                List.of(
                        new FormElement(INSTRUCTIONS, new Paragraph(instructions, true), false),
                        new FormElement(NOTES, new TextArea("Notes"), false),
                        new FormElement(
                                RESULT,
                                new SubmitButtonGroup(
                                        List.of(
                                                new Button("Proceed", PROCEED, false),
                                                new Button("Abort", ABORT, true))),
                                true)));
    }

    /**
     * The guidance asked for after an error: Fail, Retry and, unless the step is required, Ignore
     * and Exclude (the failing target from the rest of the deployment).
     */
    public static InterruptionForm guidedFailure(
            String instructions, boolean allowIgnoreAndExclude) {
        List<Button> buttons = new ArrayList<>();
        buttons.add(new Button("Fail", FAIL, true));
        buttons.add(new Button("Retry", RETRY, false));
        if (allowIgnoreAndExclude) {
            buttons.add(new Button("Ignore", IGNORE, false));
            buttons.add(new Button("Exclude machine from deployment", EXCLUDE, false));
        }
        return of(
                List.of(
                        new FormElement(INSTRUCTIONS, new Paragraph(instructions, false), false),
                        new FormElement(NOTES, new TextArea("Notes"), false),
                        new FormElement(GUIDANCE, new SubmitButtonGroup(buttons), true)));
    }

    /** The submitted value of one element. */
    public Optional<String> value(String elementName) {
        return Optional.ofNullable(values.get(elementName));
    }

    public Optional<FormElement> element(String name) {
        return elements.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** This form with values filled in (values for unknown elements are dropped). */
    public InterruptionForm withValues(Map<String, String> submitted) {
        return new InterruptionForm(elements, submitted);
    }
}

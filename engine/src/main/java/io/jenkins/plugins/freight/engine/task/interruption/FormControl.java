package io.jenkins.plugins.freight.engine.task.interruption;

import java.util.List;
import java.util.Objects;

/** How one form element is shown (Octopus's control types). */
public sealed interface FormControl
        permits FormControl.Paragraph, FormControl.TextArea, FormControl.SubmitButtonGroup {

    /** The control type's Octopus name, e.g. {@code SubmitButtonGroup}. */
    String type();

    /** Read-only text, e.g. the instructions. */
    record Paragraph(String text, boolean resolveLinks) implements FormControl {
        public Paragraph {
            text = text == null ? "" : text;
        }

        @Override
        public String type() {
            return "Paragraph";
        }
    }

    /** Free text, e.g. notes. */
    record TextArea(String label) implements FormControl {
        @Override
        public String type() {
            return "TextArea";
        }
    }

    /** Buttons of which the submitter picks exactly one. */
    record SubmitButtonGroup(List<Button> buttons) implements FormControl {
        public SubmitButtonGroup {
            buttons = List.copyOf(buttons);
            if (buttons.isEmpty()) {
                throw new IllegalArgumentException("A button group needs at least one button");
            }
        }

        @Override
        public String type() {
            return "SubmitButtonGroup";
        }

        public boolean hasValue(String value) {
            return buttons.stream().anyMatch(b -> b.value().equals(value));
        }
    }

    /** One button: its label, the value it submits, and whether the UI asks for confirmation. */
    record Button(String text, String value, boolean requiresConfirmation) {
        public Button {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(value, "value");
        }
    }
}

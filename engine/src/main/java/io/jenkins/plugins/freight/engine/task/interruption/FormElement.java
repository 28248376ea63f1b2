package io.jenkins.plugins.freight.engine.task.interruption;

import java.util.Objects;

/**
 * One element of an interruption's form.
 *
 * @param name the key of its value, e.g. {@code Result}
 * @param control how it is shown
 * @param isValueRequired a submission must give a value
 */
public record FormElement(String name, FormControl control, boolean isValueRequired) {
    public FormElement {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(control, "control");
    }
}

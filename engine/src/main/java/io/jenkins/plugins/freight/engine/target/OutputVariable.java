package io.jenkins.plugins.freight.engine.target;

import java.util.Objects;

/**
 * A value a script published with {@code set_octopusvariable}; later steps read it as {@code
 * Octopus.Action[Step].Output.Name}.
 *
 * @param sensitive whether the value must be masked wherever it appears
 */
public record OutputVariable(String name, String value, boolean sensitive) {

    public OutputVariable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return "OutputVariable[" + name + "=" + (sensitive ? "********" : value) + "]";
    }
}

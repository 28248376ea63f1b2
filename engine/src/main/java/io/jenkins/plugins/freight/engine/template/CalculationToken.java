package io.jenkins.plugins.freight.engine.template;

import java.util.Objects;

/** {@code #{calc 3*(A+2)}}: arithmetic on numbers and numeric variables. */
public record CalculationToken(Calculation expression, String source) implements Token {

    public CalculationToken {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(source, "source");
    }
}

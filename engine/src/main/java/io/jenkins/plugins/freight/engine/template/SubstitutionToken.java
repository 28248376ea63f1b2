package io.jenkins.plugins.freight.engine.template;

import java.util.Objects;

/**
 * {@code #{Name}} or {@code #{Name | Filter option…}}: writes the value of the expression, or the
 * source text when the expression cannot be evaluated.
 */
public record SubstitutionToken(Expression expression, String source) implements Token {

    public SubstitutionToken {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(source, "source");
    }
}

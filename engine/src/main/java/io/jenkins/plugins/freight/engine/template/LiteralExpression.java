package io.jenkins.plugins.freight.engine.template;

import java.util.Objects;

/**
 * A quoted string in a comparison, e.g. {@code "Production"} in {@code #{if Env == "Production"}}.
 */
public record LiteralExpression(String text) implements Expression {

    public LiteralExpression {
        Objects.requireNonNull(text, "text");
    }
}

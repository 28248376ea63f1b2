package io.jenkins.plugins.freight.engine.template;

import java.util.Objects;

/** The test of a conditional: a truthy value, or an equality comparison. */
public sealed interface Condition permits Condition.Truthy, Condition.Comparison {

    /**
     * True unless the value is empty, {@code 0}, {@code False} or {@code No} (case-insensitive,
     * trimmed); an unresolved variable is empty.
     */
    record Truthy(Expression expression) implements Condition {

        public Truthy {
            Objects.requireNonNull(expression, "expression");
        }
    }

    /**
     * {@code left == right} or {@code left != right}: exact, case-sensitive comparison of the two
     * values; an unresolved variable compares as the empty string.
     */
    record Comparison(Expression left, boolean equal, Expression right) implements Condition {

        public Comparison {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }
}

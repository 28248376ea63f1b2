package io.jenkins.plugins.freight.engine.template;

import java.util.List;
import java.util.Objects;

/**
 * {@code Subject | Filter1 option… | Filter2 …}: the subject's value (absent when the subject is
 * empty or unresolved) passes through each filter in order.
 */
public record FilterExpression(SymbolExpression subject, List<FilterCall> filters)
        implements Expression {

    public FilterExpression {
        Objects.requireNonNull(subject, "subject");
        filters = List.copyOf(filters);
        if (filters.isEmpty()) {
            throw new IllegalArgumentException("a filter expression has at least one filter");
        }
    }

    /**
     * One {@code | Name option…} call. Options are tokens: literal words, quoted text, or nested
     * substitutions evaluated before the call.
     */
    public record FilterCall(String name, List<Token> options) {

        public FilterCall {
            Objects.requireNonNull(name, "name");
            options = List.copyOf(options);
        }
    }
}

package io.jenkins.plugins.freight.engine.template;

import java.util.List;
import java.util.Objects;

/**
 * {@code #{each item in Collection}…#{/each}}: repeats the body for every indexed entry,
 * comma-separated value or JSON array/object member of the collection.
 *
 * @param enumerator the name the current item is bound to inside the body
 * @param collection what is iterated
 */
public record RepetitionToken(
        String enumerator, SymbolExpression collection, List<Token> body, String source)
        implements Token {

    public RepetitionToken {
        Objects.requireNonNull(enumerator, "enumerator");
        Objects.requireNonNull(collection, "collection");
        body = List.copyOf(body);
        Objects.requireNonNull(source, "source");
    }
}

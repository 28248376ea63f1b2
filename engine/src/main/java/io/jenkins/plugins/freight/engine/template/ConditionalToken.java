package io.jenkins.plugins.freight.engine.template;

import java.util.List;
import java.util.Objects;

/**
 * {@code #{if C}…#{else}…#{/if}} and {@code #{unless C}…#{/unless}}. An {@code unless} is stored
 * with its branches swapped, and an {@code #{elseif}} chain as a conditional nested in the falsy
 * branch, so evaluation only knows one form.
 */
public record ConditionalToken(
        Condition condition, List<Token> whenTrue, List<Token> whenFalse, String source)
        implements Token {

    public ConditionalToken {
        Objects.requireNonNull(condition, "condition");
        whenTrue = List.copyOf(whenTrue);
        whenFalse = List.copyOf(whenFalse);
        Objects.requireNonNull(source, "source");
    }
}

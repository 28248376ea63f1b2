package io.jenkins.plugins.freight.engine.template;

import java.util.Objects;

/**
 * Literal text, with escapes already applied: {@code ##{x}} in the source is the text {@code #{x}}.
 *
 * @param text what the token writes
 * @param source the template text it came from
 */
public record TextToken(String text, String source) implements Token {

    public TextToken {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }
}

package io.jenkins.plugins.freight.engine.template;

import java.util.List;
import java.util.Objects;

/**
 * What a render produced.
 *
 * @param text the result; tokens that could not be evaluated appear in it exactly as written, and
 *     after a syntax error it is the template unchanged
 * @param unresolvedTokens the source text of each token that could not be evaluated, in order of
 *     first appearance, without duplicates
 * @param syntaxError the syntax error (with line and column) when the template could not be parsed;
 *     null otherwise
 * @param nullValue true when a {@code Null} filter was evaluated at the top level: Octostache's way
 *     of saying "no value at all", which callers treat as an absent value
 */
public record RenderResult(
        String text, List<String> unresolvedTokens, String syntaxError, boolean nullValue) {

    public RenderResult {
        Objects.requireNonNull(text, "text");
        unresolvedTokens = List.copyOf(unresolvedTokens);
    }

    /** True when the template parsed and every token was evaluated. */
    public boolean isComplete() {
        return syntaxError == null && unresolvedTokens.isEmpty();
    }

    /**
     * The problem in one sentence, or null when complete, e.g. {@code The following tokens were
     * unable to be evaluated: '#{Foo}', '#{Bar | ToBazooka}'}.
     */
    public String errorMessage() {
        if (syntaxError != null) {
            return syntaxError;
        }
        if (unresolvedTokens.isEmpty()) {
            return null;
        }
        StringBuilder message =
                new StringBuilder("The following tokens were unable to be evaluated: ");
        for (int i = 0; i < unresolvedTokens.size(); i++) {
            message.append(i == 0 ? "'" : ", '").append(unresolvedTokens.get(i)).append('\'');
        }
        return message.toString();
    }
}

package io.jenkins.plugins.freight.engine.template;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.template.Scanner.Parsed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recursive-descent parser for the Octostache grammar. A token at a given position always parses
 * the same way whatever encloses it, so results are memoized by position: templates with many
 * unclosed blocks cost linear work per block instead of exponential backtracking.
 *
 * <p>Alternatives at {@code #{} are tried in Octostache's order: conditional, calculation,
 * repetition, substitution. A construct that does not complete falls back to the next, so {@code
 * #{if X}} without {@code #{/if}} is an ordinary substitution of the variable {@code if X}.
 */
final class TemplateParser {

    private enum Stop {
        NONE,
        IF_BODY,
        UNLESS_BODY
    }

    private static final Parsed<Token> FAILED = new Parsed<>(null, -1);

    final Scanner in;
    private final ExpressionParser expressions;
    private final CalculationParser calculations;
    private final Map<Integer, Parsed<Token>> tokens = new HashMap<>();

    private TemplateParser(String source) {
        this.in = new Scanner(source);
        this.expressions = new ExpressionParser(in, this);
        this.calculations = new CalculationParser(in, expressions);
    }

    /** Parses a whole template, or throws {@link InvalidInputException} naming the position. */
    static List<Token> parse(String source) {
        TemplateParser parser = new TemplateParser(source);
        try {
            return parser.top(false);
        } catch (Scanner.TooDeep e) {
            throw parser.in.tooDeep(e);
        }
    }

    /**
     * Parses a template, keeping the text of any {@code #{} that does not start a valid token as
     * literal text and carrying on after it. Never fails.
     */
    static List<Token> parseLenient(String source) {
        TemplateParser parser = new TemplateParser(source);
        return parser.top(true);
    }

    /** Parses a variable name as a path, or returns null when it is not one. */
    static SymbolExpression parsePath(String name) {
        TemplateParser parser = new TemplateParser(name);
        try {
            Parsed<SymbolExpression> path = parser.expressions.symbol(0);
            return path != null && path.end() == name.length() ? path.value() : null;
        } catch (Scanner.TooDeep e) {
            return null;
        }
    }

    private List<Token> top(boolean lenient) {
        List<Token> result = new ArrayList<>();
        int pos = 0;
        while (pos < in.length) {
            Parsed<Token> token;
            try {
                token = token(pos);
            } catch (Scanner.TooDeep e) {
                if (!lenient) {
                    throw e;
                }
                String rest = in.src.substring(pos);
                appendText(result, new TextToken(rest, rest));
                break;
            }
            if (token != null) {
                appendText(result, token.value());
                pos = token.end();
            } else if (lenient) {
                appendText(result, new TextToken("#{", "#{"));
                pos += 2;
            } else {
                throw in.syntaxError(pos);
            }
        }
        return List.copyOf(result);
    }

    /** Adds a token, merging adjacent text so evaluation writes one string per run of text. */
    private static void appendText(List<Token> tokens, Token token) {
        if (token instanceof TextToken text
                && !tokens.isEmpty()
                && tokens.get(tokens.size() - 1) instanceof TextToken previous) {
            tokens.set(
                    tokens.size() - 1,
                    new TextToken(
                            previous.text() + text.text(), previous.source() + text.source()));
        } else {
            tokens.add(token);
        }
    }

    private Parsed<List<Token>> sequence(int pos, Stop stop) {
        List<Token> result = new ArrayList<>();
        while (pos < in.length && !stopsAt(pos, stop)) {
            Parsed<Token> token = token(pos);
            if (token == null) {
                break;
            }
            appendText(result, token.value());
            pos = token.end();
        }
        return new Parsed<>(result, pos);
    }

    private boolean stopsAt(int pos, Stop stop) {
        return switch (stop) {
            case NONE -> false;
            case UNLESS_BODY -> in.startsWith(pos, "#{else}");
            case IF_BODY -> in.startsWith(pos, "#{else}") || elseIfAt(pos);
        };
    }

    private boolean elseIfAt(int pos) {
        return in.startsWith(pos, "#{elseif") && in.whitespaceAt(pos + 8);
    }

    /** One token at {@code pos}: a block, a substitution, or a run of text. */
    Parsed<Token> token(int pos) {
        Parsed<Token> memo = tokens.get(pos);
        if (memo != null) {
            return memo == FAILED ? null : memo;
        }
        Parsed<Token> result = null;
        if (in.openDelimiterAt(pos)) {
            result = widen(conditional(pos));
            if (result == null) {
                result = widen(calculations.calculation(pos));
            }
            if (result == null) {
                result = widen(repetition(pos));
            }
            if (result == null) {
                result = widen(substitution(pos));
            }
        } else if (in.startsWith(pos, "#{/")) {
            in.expect(
                    pos,
                    "no closing tag here (it has no matching '#{if}', '#{unless}' or '#{each}')");
        } else {
            result = widen(text(pos));
        }
        tokens.put(pos, result == null ? FAILED : result);
        return result;
    }

    private static Parsed<Token> widen(Parsed<? extends Token> parsed) {
        return parsed == null ? null : new Parsed<>(parsed.value(), parsed.end());
    }

    private Parsed<TextToken> text(int pos) {
        StringBuilder text = new StringBuilder();
        int i = pos;
        String src = in.src;
        while (i < in.length) {
            int hash = src.indexOf('#', i);
            if (hash < 0) {
                text.append(src, i, in.length);
                i = in.length;
                break;
            }
            text.append(src, i, hash);
            i = hash;
            if (i == in.length - 1) {
                text.append('#');
                i++;
            } else if (in.startsWith(i, "##") && in.startsWith(i + 2, "#{")) {
                text.append('#');
                i += 2;
            } else if (in.startsWith(i, "##{")) {
                text.append("#{");
                i += 3;
            } else if (src.charAt(i + 1) != '{') {
                text.append(src, i, i + 2);
                i += 2;
            } else {
                break;
            }
        }
        if (i == pos) {
            return null;
        }
        return new Parsed<>(new TextToken(text.toString(), src.substring(pos, i)), i);
    }

    /** {@code #{calc expression}}. */
    Parsed<CalculationToken> calculation(int pos) {
        return calculations.calculation(pos);
    }

    /** {@code #{expression}}. */
    Parsed<SubstitutionToken> substitution(int pos) {
        if (!in.openDelimiterAt(pos)) {
            in.expect(pos, "'#{'");
            return null;
        }
        in.enter(pos);
        try {
            Parsed<Expression> expression = expressions.expression(in.skipWhitespace(pos + 2));
            if (expression == null) {
                return null;
            }
            int end = in.skipWhitespace(expression.end());
            if (!in.at(end, '}')) {
                in.expect(end, "'}'");
                return null;
            }
            return new Parsed<>(
                    new SubstitutionToken(expression.value(), in.src.substring(pos, end + 1)),
                    end + 1);
        } finally {
            in.leave();
        }
    }

    /**
     * {@code #{if C}…[#{elseif C}…]…[#{else}…]#{/if}} or {@code #{unless C}…[#{else}…]#{/unless}}.
     */
    Parsed<ConditionalToken> conditional(int pos) {
        if (!in.openDelimiterAt(pos)) {
            return null;
        }
        int i = in.skipWhitespace(pos + 2);
        String keyword;
        if (in.startsWithIgnoreCase(i, "if")) {
            keyword = "if";
        } else if (in.startsWithIgnoreCase(i, "unless")) {
            keyword = "unless";
        } else {
            return null;
        }
        i += keyword.length();
        if (!in.whitespaceAt(i)) {
            return null;
        }
        in.enter(pos);
        try {
            return conditionalBody(pos, keyword, in.skipWhitespace(i));
        } finally {
            in.leave();
        }
    }

    private Parsed<ConditionalToken> conditionalBody(int pos, String keyword, int i) {
        Parsed<Condition> condition = expressions.condition(i);
        if (condition == null) {
            return null;
        }
        i = in.skipWhitespace(condition.end());
        if (!in.at(i, '}')) {
            in.expect(i, "'}'");
            return null;
        }
        boolean isIf = keyword.equals("if");
        Parsed<List<Token>> body = sequence(i + 1, isIf ? Stop.IF_BODY : Stop.UNLESS_BODY);
        i = body.end();
        List<int[]> elseIfSpans = new ArrayList<>();
        List<Condition> elseIfConditions = new ArrayList<>();
        List<List<Token>> elseIfBodies = new ArrayList<>();
        while (isIf && elseIfAt(i)) {
            Parsed<Condition> clause = expressions.condition(in.skipWhitespace(i + 9));
            if (clause == null) {
                break;
            }
            int close = in.skipWhitespace(clause.end());
            if (!in.at(close, '}')) {
                in.expect(close, "'}'");
                break;
            }
            Parsed<List<Token>> clauseBody = sequence(close + 1, Stop.IF_BODY);
            elseIfSpans.add(new int[] {i});
            elseIfConditions.add(clause.value());
            elseIfBodies.add(clauseBody.value());
            i = clauseBody.end();
        }
        List<Token> elseBody = List.of();
        if (in.startsWith(i, "#{else}")) {
            Parsed<List<Token>> parsed = sequence(i + 7, Stop.NONE);
            elseBody = parsed.value();
            i = parsed.end();
        }
        String end = "#{/" + keyword + "}";
        if (!in.startsWith(i, end)) {
            in.expect(i, "'" + end + "'");
            return null;
        }
        int after = i + end.length();
        List<Token> falsy = elseBody;
        for (int k = elseIfConditions.size() - 1; k >= 0; k--) {
            String source = in.src.substring(elseIfSpans.get(k)[0], after);
            falsy =
                    List.of(
                            new ConditionalToken(
                                    elseIfConditions.get(k), elseIfBodies.get(k), falsy, source));
        }
        String source = in.src.substring(pos, after);
        ConditionalToken token =
                isIf
                        ? new ConditionalToken(condition.value(), body.value(), falsy, source)
                        : new ConditionalToken(condition.value(), falsy, body.value(), source);
        return new Parsed<>(token, after);
    }

    /** {@code #{each item in Collection}…#{/each}}. */
    Parsed<RepetitionToken> repetition(int pos) {
        if (!in.openDelimiterAt(pos)) {
            return null;
        }
        int i = in.skipWhitespace(pos + 2);
        if (!in.startsWithIgnoreCase(i, "each") || !in.whitespaceAt(i + 4)) {
            return null;
        }
        in.enter(pos);
        try {
            Parsed<String> enumerator = expressions.identifier(in.skipWhitespace(i + 4), true);
            if (enumerator == null) {
                return null;
            }
            i = in.skipWhitespace(enumerator.end());
            if (!in.startsWithIgnoreCase(i, "in")) {
                in.expect(i, "'in'");
                return null;
            }
            Parsed<SymbolExpression> collection = expressions.symbol(in.skipWhitespace(i + 2));
            if (collection == null) {
                return null;
            }
            i = in.skipWhitespace(collection.end());
            if (!in.at(i, '}')) {
                in.expect(i, "'}'");
                return null;
            }
            Parsed<List<Token>> body = sequence(i + 1, Stop.NONE);
            if (!in.startsWith(body.end(), "#{/each}")) {
                in.expect(body.end(), "'#{/each}'");
                return null;
            }
            int after = body.end() + 8;
            return new Parsed<>(
                    new RepetitionToken(
                            enumerator.value(),
                            collection.value(),
                            body.value(),
                            in.src.substring(pos, after)),
                    after);
        } finally {
            in.leave();
        }
    }
}

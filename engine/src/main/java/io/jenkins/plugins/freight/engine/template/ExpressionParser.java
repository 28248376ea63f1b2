package io.jenkins.plugins.freight.engine.template;

import io.jenkins.plugins.freight.engine.template.FilterExpression.FilterCall;
import io.jenkins.plugins.freight.engine.template.Scanner.Parsed;
import io.jenkins.plugins.freight.engine.template.SymbolExpression.Identifier;
import io.jenkins.plugins.freight.engine.template.SymbolExpression.Indexer;
import io.jenkins.plugins.freight.engine.template.SymbolExpression.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Variable paths, filter chains, quoted text and conditions inside {@code #{…}}. */
final class ExpressionParser {

    private static final String[] KEYWORDS = {"in", "==", "!="};

    private final Scanner in;
    private final TemplateParser templates;
    private final Map<Integer, Parsed<Expression>> expressionMemo = new HashMap<>();
    private final Map<Integer, Parsed<SymbolExpression>> symbolMemo = new HashMap<>();
    private static final Parsed<Expression> NO_EXPRESSION = new Parsed<>(null, -1);
    private static final Parsed<SymbolExpression> NO_SYMBOL = new Parsed<>(null, -1);

    ExpressionParser(Scanner in, TemplateParser templates) {
        this.in = in;
        this.templates = templates;
    }

    static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c)
                || c == '_'
                || c == '-'
                || c == ':'
                || c == '/'
                || c == '~'
                || c == '('
                || c == ')'
                || c == '@';
    }

    /**
     * A name: letters, digits, {@code _-:/~()@} and, when {@code spaces} is true, inner whitespace
     * (but not the whitespace before {@code |}, {@code }} or the keywords {@code in}, {@code ==},
     * {@code !=}). The result is trimmed.
     */
    Parsed<String> identifier(int pos, boolean spaces) {
        int i = pos;
        while (i < in.length) {
            char c = in.src.charAt(i);
            if (isNameChar(c)) {
                i++;
            } else if (spaces && Scanner.isWhitespace(c) && !whitespaceEndsName(i)) {
                i++;
            } else {
                break;
            }
        }
        String name = in.src.substring(pos, i).trim();
        if (name.isEmpty()) {
            in.expect(pos, "a variable name");
            return null;
        }
        return new Parsed<>(name, i);
    }

    private boolean whitespaceEndsName(int i) {
        if (in.at(i + 1, '|') || in.at(i + 1, '}')) {
            return true;
        }
        for (String keyword : KEYWORDS) {
            int after = i + 1 + keyword.length();
            if (after < in.length && in.startsWith(i + 1, keyword) && in.whitespaceAt(after)) {
                return true;
            }
        }
        return false;
    }

    /** {@code Name(.Name|[index])*}. */
    Parsed<SymbolExpression> symbol(int pos) {
        Parsed<SymbolExpression> memo = symbolMemo.get(pos);
        if (memo != null) {
            return memo == NO_SYMBOL ? null : memo;
        }
        Parsed<SymbolExpression> result = parseSymbol(pos);
        symbolMemo.put(pos, result == null ? NO_SYMBOL : result);
        return result;
    }

    private Parsed<SymbolExpression> parseSymbol(int pos) {
        Parsed<String> first = identifier(pos, true);
        if (first == null) {
            return null;
        }
        List<Step> steps = new ArrayList<>();
        steps.add(new Identifier(first.value()));
        int i = first.end();
        while (true) {
            if (in.at(i, '.')) {
                Parsed<String> next = identifier(i + 1, true);
                if (next == null) {
                    break;
                }
                steps.add(new Identifier(next.value()));
                i = next.end();
            } else if (in.at(i, '[')) {
                Parsed<Indexer> indexer = indexer(i);
                if (indexer == null) {
                    break;
                }
                steps.add(indexer.value());
                i = indexer.end();
            } else {
                break;
            }
        }
        return new Parsed<>(new SymbolExpression(steps, pos), i);
    }

    /** {@code [#{Symbol}]}, {@code [literal [nested] text]} or {@code []}. */
    private Parsed<Indexer> indexer(int pos) {
        in.enter(pos);
        try {
            Parsed<SubstitutionToken> lookup = templates.substitution(in.skipWhitespace(pos + 1));
            if (lookup != null && lookup.value().expression() instanceof SymbolExpression symbol) {
                int close = in.skipWhitespace(lookup.end());
                if (in.at(close, ']')) {
                    return new Parsed<>(Indexer.lookup(symbol), close + 1);
                }
            }
            Parsed<String> literal = literalIndex(pos);
            return literal == null
                    ? null
                    : new Parsed<>(Indexer.literal(literal.value()), literal.end());
        } finally {
            in.leave();
        }
    }

    private Parsed<String> literalIndex(int pos) {
        StringBuilder index = new StringBuilder();
        int i = in.skipWhitespace(pos + 1);
        while (i < in.length) {
            char c = in.src.charAt(i);
            if (c == '[') {
                in.enter(i);
                Parsed<String> nested;
                try {
                    nested = literalIndex(i);
                } finally {
                    in.leave();
                }
                if (nested == null) {
                    break;
                }
                index.append('[').append(nested.value()).append(']');
                i = nested.end();
            } else if (c == ']') {
                break;
            } else {
                index.append(c);
                i++;
            }
        }
        if (!in.at(i, ']')) {
            in.expect(i, "']'");
            return null;
        }
        return new Parsed<>(index.toString(), i + 1);
    }

    /** A filter chain, or else a plain path. */
    Parsed<Expression> expression(int pos) {
        Parsed<Expression> memo = expressionMemo.get(pos);
        if (memo != null) {
            return memo == NO_EXPRESSION ? null : memo;
        }
        Parsed<Expression> result = filterChain(pos);
        if (result == null) {
            Parsed<SymbolExpression> symbol = symbol(pos);
            result = symbol == null ? null : new Parsed<>(symbol.value(), symbol.end());
        }
        expressionMemo.put(pos, result == null ? NO_EXPRESSION : result);
        return result;
    }

    private Parsed<Expression> filterChain(int pos) {
        SymbolExpression subject = SymbolExpression.EMPTY;
        int i = pos;
        Parsed<SymbolExpression> symbol = symbol(in.skipWhitespace(pos));
        if (symbol != null) {
            subject = symbol.value();
            i = in.skipWhitespace(symbol.end());
        }
        List<FilterCall> calls = new ArrayList<>();
        while (in.at(i, '|')) {
            Parsed<String> name = identifier(in.skipWhitespace(i + 1), false);
            if (name == null) {
                break;
            }
            int j = in.skipWhitespace(name.end());
            List<Token> options = new ArrayList<>();
            Parsed<Token> option;
            while ((option = option(j)) != null) {
                options.add(option.value());
                j = option.end();
            }
            calls.add(new FilterCall(name.value(), options));
            i = j;
        }
        if (calls.isEmpty()) {
            in.expect(i, "'|'");
            return null;
        }
        return new Parsed<>(new FilterExpression(subject, calls), i);
    }

    /** One filter option: a nested block or substitution, a word, or quoted text. */
    private Parsed<Token> option(int pos) {
        if (in.openDelimiterAt(pos)) {
            Parsed<? extends Token> nested = templates.conditional(pos);
            if (nested == null) {
                nested = templates.calculation(pos);
            }
            if (nested == null) {
                nested = templates.repetition(pos);
            }
            if (nested == null) {
                nested = templates.substitution(pos);
            }
            return nested == null
                    ? null
                    : new Parsed<>(nested.value(), in.skipWhitespace(nested.end()));
        }
        int start = in.skipWhitespace(pos);
        if (start < in.length && isNameChar(in.src.charAt(start))) {
            Parsed<String> word = identifier(start, false);
            return new Parsed<>(
                    new TextToken(word.value(), word.value()), in.skipWhitespace(word.end()));
        }
        Parsed<String> quoted = quoted(start);
        return quoted == null
                ? null
                : new Parsed<>(
                        new TextToken(quoted.value(), in.src.substring(start, quoted.end())),
                        in.skipWhitespace(quoted.end()));
    }

    /**
     * {@code "text"} (which may hold neither {@code "} nor {@code #}) or {@code \"text\"} (which
     * may hold anything up to the closing {@code \"}).
     */
    Parsed<String> quoted(int pos) {
        if (in.startsWith(pos, "\\\"")) {
            int close = in.src.indexOf("\\\"", pos + 2);
            if (close < 0) {
                in.expect(in.length, "a closing '\\\"'");
                return null;
            }
            return new Parsed<>(in.src.substring(pos + 2, close), close + 2);
        }
        if (!in.at(pos, '"')) {
            return null;
        }
        int i = pos + 1;
        while (i < in.length && in.src.charAt(i) != '"' && in.src.charAt(i) != '#') {
            i++;
        }
        if (!in.at(i, '"')) {
            in.expect(i, "a closing '\"' (write \\\"…\\\" around text that contains '#' or '\"')");
            return null;
        }
        return new Parsed<>(in.src.substring(pos + 1, i), i + 1);
    }

    /** {@code A == B}, {@code "x" != A}, {@code A == "x"} or a truthy {@code A}. */
    Parsed<Condition> condition(int pos) {
        int i = in.skipWhitespace(pos);
        Parsed<Expression> left = expression(i);
        if (left != null) {
            int op = in.skipWhitespace(left.end());
            Boolean equal = operator(op);
            if (equal != null) {
                int r = in.skipWhitespace(op + 2);
                Parsed<Expression> right = expression(r);
                if (right != null) {
                    return comparison(left.value(), equal, right.value(), right.end());
                }
                Parsed<String> literal = quoted(r);
                if (literal != null) {
                    return comparison(
                            left.value(),
                            equal,
                            new LiteralExpression(literal.value()),
                            literal.end());
                }
                in.expect(r, "a variable or quoted text to compare with");
                return null;
            }
        }
        Parsed<String> literal = quoted(i);
        if (literal != null) {
            int op = in.skipWhitespace(literal.end());
            Boolean equal = operator(op);
            if (equal == null) {
                in.expect(op, "'==' or '!='");
                return null;
            }
            Parsed<Expression> right = expression(in.skipWhitespace(op + 2));
            return right == null
                    ? null
                    : comparison(
                            new LiteralExpression(literal.value()),
                            equal,
                            right.value(),
                            right.end());
        }
        return left == null
                ? null
                : new Parsed<>(new Condition.Truthy(left.value()), in.skipWhitespace(left.end()));
    }

    private Parsed<Condition> comparison(
            Expression left, boolean equal, Expression right, int end) {
        return new Parsed<>(new Condition.Comparison(left, equal, right), in.skipWhitespace(end));
    }

    private Boolean operator(int pos) {
        if (in.startsWith(pos, "==")) {
            return Boolean.TRUE;
        }
        if (in.startsWith(pos, "!=")) {
            return Boolean.FALSE;
        }
        return null;
    }
}

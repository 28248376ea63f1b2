package io.jenkins.plugins.freight.engine.template;

import io.jenkins.plugins.freight.engine.template.Calculation.Operator;
import io.jenkins.plugins.freight.engine.template.Scanner.Parsed;

/**
 * {@code #{calc expression}}: {@code + -} over {@code * /} over factors, left-associative. A factor
 * is a number, a parenthesised expression, {@code {Variable}} or a bare variable name (a bare name
 * may itself contain {@code -} and {@code /}, so {@code B-2} is the variable "B-2").
 */
final class CalculationParser {

    private final Scanner in;
    private final ExpressionParser expressions;

    CalculationParser(Scanner in, ExpressionParser expressions) {
        this.in = in;
        this.expressions = expressions;
    }

    Parsed<CalculationToken> calculation(int pos) {
        if (!in.openDelimiterAt(pos)) {
            return null;
        }
        int i = in.skipWhitespace(pos + 2);
        if (!in.startsWithIgnoreCase(i, "calc") || !in.whitespaceAt(i + 4)) {
            return null;
        }
        in.enter(pos);
        try {
            Parsed<Calculation> expression = sum(in.skipWhitespace(i + 4));
            if (expression == null) {
                return null;
            }
            int end = in.skipWhitespace(expression.end());
            if (!in.at(end, '}')) {
                in.expect(end, "an operator or '}'");
                return null;
            }
            return new Parsed<>(
                    new CalculationToken(expression.value(), in.src.substring(pos, end + 1)),
                    end + 1);
        } finally {
            in.leave();
        }
    }

    private Parsed<Calculation> sum(int pos) {
        Parsed<Calculation> left = product(pos);
        while (left != null) {
            int op = in.skipWhitespace(left.end());
            Operator operator =
                    in.at(op, '+') ? Operator.ADD : in.at(op, '-') ? Operator.SUBTRACT : null;
            if (operator == null) {
                break;
            }
            Parsed<Calculation> right = product(in.skipWhitespace(op + 1));
            if (right == null) {
                break;
            }
            left =
                    new Parsed<>(
                            new Calculation.Operation(left.value(), operator, right.value()),
                            right.end());
        }
        return left;
    }

    private Parsed<Calculation> product(int pos) {
        Parsed<Calculation> left = factor(pos);
        while (left != null) {
            int op = in.skipWhitespace(left.end());
            Operator operator =
                    in.at(op, '*') ? Operator.MULTIPLY : in.at(op, '/') ? Operator.DIVIDE : null;
            if (operator == null) {
                break;
            }
            Parsed<Calculation> right = factor(in.skipWhitespace(op + 1));
            if (right == null) {
                break;
            }
            left =
                    new Parsed<>(
                            new Calculation.Operation(left.value(), operator, right.value()),
                            right.end());
        }
        return left;
    }

    private Parsed<Calculation> factor(int pos) {
        if (in.at(pos, '(')) {
            in.enter(pos);
            try {
                Parsed<Calculation> inner = sum(in.skipWhitespace(pos + 1));
                if (inner == null) {
                    return null;
                }
                int close = in.skipWhitespace(inner.end());
                if (!in.at(close, ')')) {
                    in.expect(close, "')'");
                    return null;
                }
                return new Parsed<>(inner.value(), close + 1);
            } finally {
                in.leave();
            }
        }
        if (in.at(pos, '{')) {
            Parsed<SymbolExpression> symbol = expressions.symbol(in.skipWhitespace(pos + 1));
            if (symbol == null) {
                return null;
            }
            int close = in.skipWhitespace(symbol.end());
            if (!in.at(close, '}')) {
                in.expect(close, "'}' after the variable name");
                return null;
            }
            return new Parsed<>(new Calculation.Variable(symbol.value()), close + 1);
        }
        Parsed<Calculation> number = number(pos);
        if (number != null) {
            return number;
        }
        Parsed<SymbolExpression> symbol = expressions.symbol(pos);
        if (symbol == null) {
            in.expect(pos, "a number, a variable or '('");
            return null;
        }
        return new Parsed<>(new Calculation.Variable(symbol.value()), symbol.end());
    }

    private Parsed<Calculation> number(int pos) {
        int i = pos;
        while (i < in.length && isDigit(in.src.charAt(i))) {
            i++;
        }
        int digits = i - pos;
        if (in.at(i, '.') && i + 1 < in.length && isDigit(in.src.charAt(i + 1))) {
            i++;
            while (i < in.length && isDigit(in.src.charAt(i))) {
                i++;
            }
        } else if (digits == 0) {
            return null;
        }
        return new Parsed<>(
                new Calculation.Constant(Double.parseDouble(in.src.substring(pos, i))), i);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

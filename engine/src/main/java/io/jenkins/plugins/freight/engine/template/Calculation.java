package io.jenkins.plugins.freight.engine.template;

import java.util.Objects;

/** An arithmetic expression of {@code #{calc}}: numbers, numeric variables and {@code + - * /}. */
public sealed interface Calculation
        permits Calculation.Constant, Calculation.Variable, Calculation.Operation {

    record Constant(double value) implements Calculation {}

    /** A variable whose value must parse as a number; {@code {Name}} protects names with - or /. */
    record Variable(SymbolExpression symbol) implements Calculation {

        public Variable {
            Objects.requireNonNull(symbol, "symbol");
        }
    }

    record Operation(Calculation left, Operator operator, Calculation right)
            implements Calculation {

        public Operation {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(right, "right");
        }
    }

    enum Operator {
        ADD('+'),
        SUBTRACT('-'),
        MULTIPLY('*'),
        DIVIDE('/');

        private final char symbol;

        Operator(char symbol) {
            this.symbol = symbol;
        }

        public char symbol() {
            return symbol;
        }

        double apply(double a, double b) {
            return switch (this) {
                case ADD -> a + b;
                case SUBTRACT -> a - b;
                case MULTIPLY -> a * b;
                case DIVIDE -> a / b;
            };
        }
    }
}

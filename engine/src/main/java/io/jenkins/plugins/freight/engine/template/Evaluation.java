package io.jenkins.plugins.freight.engine.template;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one render: the global variable tree, the work budget that bounds evaluation time,
 * the values of variables already evaluated, and parsed JSON values.
 */
final class Evaluation {

    /** Resolutions and tokens one render may evaluate before it is stopped. */
    static final int MAX_STEPS = 5_000_000;

    /** Characters one render may produce. */
    static final int MAX_OUTPUT = 32 * 1024 * 1024;

    /** How deeply variable values may refer to other variables. */
    static final int MAX_NESTING = 200;

    final BindingNode root;
    private int steps;
    int swallowedRecursions;
    private Map<BindingNode, Resolved> values;
    private Map<String, JsonValues.Parsed> json;

    Evaluation(BindingNode root) {
        this.root = root;
    }

    void spend() {
        if (++steps > MAX_STEPS) {
            throw new InvalidInputException(
                    "Template evaluation was stopped after "
                            + MAX_STEPS
                            + " steps: variables probably expand each other too many times.");
        }
    }

    private int nesting;

    /** Entering the evaluation of a variable value inside another. */
    void enterValue() {
        if (++nesting > MAX_NESTING) {
            throw new InvalidInputException(
                    "Template evaluation was stopped: variable values refer to other variables more than "
                            + MAX_NESTING
                            + " levels deep.");
        }
    }

    void leaveValue() {
        nesting--;
    }

    void checkOutput(StringBuilder out) {
        if (out.length() > MAX_OUTPUT) {
            throw new InvalidInputException(
                    "Template evaluation was stopped: the result is longer than "
                            + MAX_OUTPUT
                            + " characters.");
        }
    }

    Resolved rememberedValue(BindingNode node) {
        return values == null ? null : values.get(node);
    }

    void rememberValue(BindingNode node, Resolved resolved) {
        if (values == null) {
            values = new IdentityHashMap<>();
        }
        values.put(node, resolved);
    }

    JsonValues.Parsed json(String text) {
        if (json == null) {
            json = new HashMap<>();
        }
        return json.computeIfAbsent(text, JsonValues::cachedParse);
    }

    /**
     * The result of resolving a path: its value (null when absent), the tree node when the value
     * kept its children (used by {@code #{each}}), and the tokens nested values failed to resolve.
     */
    record Resolved(String value, BindingNode node, List<String> missing) {
        static final Resolved ABSENT = new Resolved(null, null, List.of());
    }

    /** A variable whose value refers back to itself; carries the chain of names. */
    static final class Recursion extends RuntimeException {
        final String symbol;
        final String chain;

        Recursion(String symbol, String chain) {
            super(null, null, false, false);
            this.symbol = symbol;
            this.chain = chain;
        }

        InvalidInputException toUserError() {
            return new InvalidInputException(
                    "Variable '"
                            + symbol
                            + "' refers to itself ("
                            + chain
                            + "); remove the loop from the variable values.");
        }
    }
}

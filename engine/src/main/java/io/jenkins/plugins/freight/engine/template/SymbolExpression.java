package io.jenkins.plugins.freight.engine.template;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A variable path such as {@code Octopus.Action[Deploy web].Output.Url}: identifiers joined by
 * dots, and indexers in brackets. An indexer is a literal ({@code [Deploy web]}, {@code [0]},
 * {@code []}, the wildcard {@code [*]}) or a nested substitution ({@code [#{Step}]}). The empty
 * path (no steps) is the absent subject of {@code #{ | NowDate}}.
 *
 * @param position where the path starts in its template, or -1; a variable is only taken to refer
 *     to itself when the same path at the same position is met again while it is being resolved (as
 *     in Octostache), so JSON values may use their own members
 */
public record SymbolExpression(List<Step> steps, int position) implements Expression {

    public SymbolExpression {
        steps = List.copyOf(steps);
    }

    public SymbolExpression(List<Step> steps) {
        this(steps, -1);
    }

    public static final SymbolExpression EMPTY = new SymbolExpression(List.of());

    /** One step of a path. */
    public sealed interface Step permits Identifier, Indexer {}

    /**
     * A name between dots; matched case-insensitively.
     *
     * @param name as written (trimmed)
     */
    public record Identifier(String name, String key) implements Step {

        public Identifier {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(key, "key");
        }

        public Identifier(String name) {
            this(name, name.toLowerCase(Locale.ROOT));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * {@code [index]} with a literal index, or {@code [#{symbol}]} whose index is looked up first.
     * Exactly one of {@code index} and {@code symbol} is set.
     */
    public record Indexer(String index, SymbolExpression symbol) implements Step {

        public Indexer {
            if ((index == null) == (symbol == null)) {
                throw new IllegalArgumentException("an indexer has an index or a symbol");
            }
        }

        public static Indexer literal(String index) {
            return new Indexer(index, null);
        }

        public static Indexer lookup(SymbolExpression symbol) {
            return new Indexer(null, symbol);
        }

        public boolean isLookup() {
            return symbol != null;
        }

        @Override
        public String toString() {
            return "[" + (symbol != null ? "#{" + symbol + "}" : index) + "]";
        }
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** The path in template notation, e.g. {@code Octopus.Action[Web].Name}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (step instanceof Identifier && i > 0) {
                out.append('.');
            }
            out.append(step);
        }
        return out.toString();
    }

    /** Case-insensitive equality of paths, used to detect a variable that refers to itself. */
    boolean sameAs(SymbolExpression other) {
        if (other.position != position || other.steps.size() != steps.size()) {
            return false;
        }
        for (int i = 0; i < steps.size(); i++) {
            Step a = steps.get(i);
            Step b = other.steps.get(i);
            if (a instanceof Identifier ia && b instanceof Identifier ib) {
                if (!ia.key().equals(ib.key())) {
                    return false;
                }
            } else if (a instanceof Indexer xa && b instanceof Indexer xb) {
                if (xa.isLookup() != xb.isLookup()) {
                    return false;
                }
                if (xa.isLookup()
                        ? !xa.symbol().sameAs(xb.symbol())
                        : !xa.index().equalsIgnoreCase(xb.index())) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return true;
    }
}

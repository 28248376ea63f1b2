package io.jenkins.plugins.freight.engine.variable;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where a value applies: for each dimension the ids (or tags) it is limited to. Empty means
 * unscoped. Values keep the order they were given in, so the wire shape round-trips exactly.
 */
public record VariableScope(Map<ScopeDimension, List<String>> values) {

    public static final VariableScope UNSCOPED = new VariableScope(Map.of());

    public VariableScope {
        EnumMap<ScopeDimension, List<String>> copy = new EnumMap<>(ScopeDimension.class);
        values.forEach(
                (dimension, ids) -> {
                    if (ids != null && !ids.isEmpty()) {
                        copy.put(dimension, List.copyOf(ids));
                    }
                });
        values = java.util.Collections.unmodifiableMap(copy);
    }

    public static VariableScope of(ScopeDimension dimension, String... ids) {
        return new VariableScope(Map.of(dimension, List.of(ids)));
    }

    /** This scope with another dimension added (or replaced). */
    public VariableScope with(ScopeDimension dimension, String... ids) {
        EnumMap<ScopeDimension, List<String>> copy = new EnumMap<>(ScopeDimension.class);
        copy.putAll(values);
        copy.put(dimension, List.of(ids));
        return new VariableScope(copy);
    }

    public List<String> get(ScopeDimension dimension) {
        return values.getOrDefault(dimension, List.of());
    }

    public boolean isUnscoped() {
        return values.isEmpty();
    }

    /** How many ids the scope lists in all its dimensions. */
    public int size() {
        return values.values().stream().mapToInt(List::size).sum();
    }
}

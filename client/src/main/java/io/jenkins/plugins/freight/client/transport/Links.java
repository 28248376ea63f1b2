package io.jenkins.plugins.freight.client.transport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Defensive copies for the maps and lists of wire records (the server may send nulls). */
public final class Links {

    private Links() {}

    /** An immutable copy without null keys or values; an empty map for {@code null}. */
    public static <V> Map<String, V> copy(Map<String, V> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        Map<String, V> copy = new LinkedHashMap<>();
        map.forEach(
                (key, value) -> {
                    if (key != null && value != null) {
                        copy.put(key, value);
                    }
                });
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** An immutable copy without nulls; an empty list for {@code null}. */
    public static <T> List<T> copy(List<T> list) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        return list.stream().filter(java.util.Objects::nonNull).toList();
    }
}

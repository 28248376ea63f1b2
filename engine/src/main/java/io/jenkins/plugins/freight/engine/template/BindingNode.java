package io.jenkins.plugins.freight.engine.template;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One node of the variable tree: {@code Octopus.Action[Web].Name} is the path root → "octopus" →
 * "action" → index "web" → "name". Names and indexes match case-insensitively; indexes keep the
 * order in which they were first seen, which is the order {@code #{each}} visits them. An index
 * node starts with its own index text as value, so iterating {@code Octopus.Action} yields the step
 * names.
 */
final class BindingNode {

    String value;
    private Map<String, BindingNode> children;
    private Map<String, BindingNode> indexes;

    BindingNode(String value) {
        this.value = value;
    }

    BindingNode child(String key) {
        return children == null ? null : children.get(key);
    }

    BindingNode index(String key) {
        return indexes == null ? null : indexes.get(key);
    }

    boolean hasIndexes() {
        return indexes != null && !indexes.isEmpty();
    }

    BindingNode firstIndex() {
        return indexes.values().iterator().next();
    }

    Collection<BindingNode> indexed() {
        return indexes == null ? List.of() : indexes.values();
    }

    BindingNode childOrCreate(String key) {
        if (children == null) {
            children = new HashMap<>(4);
        }
        return children.computeIfAbsent(key, k -> new BindingNode(null));
    }

    void putChild(String key, BindingNode node) {
        if (children == null) {
            children = new HashMap<>(4);
        }
        children.put(key, node);
    }

    BindingNode indexOrCreate(String key, String index) {
        if (indexes == null) {
            indexes = new LinkedHashMap<>(4);
        }
        return indexes.computeIfAbsent(key, k -> new BindingNode(index));
    }
}

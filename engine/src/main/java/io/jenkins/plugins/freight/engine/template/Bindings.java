package io.jenkins.plugins.freight.engine.template;

import io.jenkins.plugins.freight.engine.template.SymbolExpression.Identifier;
import io.jenkins.plugins.freight.engine.template.SymbolExpression.Indexer;
import io.jenkins.plugins.freight.engine.template.SymbolExpression.Step;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The variables a template is evaluated against, arranged as a tree of their dotted and indexed
 * names. Immutable once built and safe to share between threads; build it once and evaluate many
 * templates against it.
 *
 * <p>Names match case-insensitively; when two names differ only in case the later one wins. A
 * name that is not a valid path (for example one containing {@code #{}) is ignored, as
 * Octostache does. A null value is the empty string.
 */
public final class Bindings {

    private static final int PATH_CACHE_LIMIT = 20_000;
    private static final Map<String, Optional<SymbolExpression>> PATHS = new ConcurrentHashMap<>();
    private static final Bindings EMPTY = new Bindings(new BindingNode(null));

    final BindingNode root;

    private Bindings(BindingNode root) {
        this.root = root;
    }

    public static Bindings empty() {
        return EMPTY;
    }

    /** Builds the tree; iteration order of the map is the order {@code #{each}} sees indexes in. */
    public static Bindings of(Map<String, String> variables) {
        BindingNode root = new BindingNode(null);
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            add(root, variable.getKey(), variable.getValue());
        }
        return new Bindings(root);
    }

    private static void add(BindingNode root, String name, String value) {
        if (name == null) {
            return;
        }
        SymbolExpression path = path(name);
        if (path == null) {
            return;
        }
        BindingNode node = root;
        for (Step step : path.steps()) {
            if (step instanceof Identifier identifier) {
                node = node.childOrCreate(identifier.key());
            } else {
                Indexer indexer = (Indexer) step;
                if (indexer.isLookup()) {
                    return;
                }
                node = node.indexOrCreate(key(indexer.index()), indexer.index());
            }
        }
        node.value = value == null ? "" : value;
    }

    /** The parsed path of a variable name, or null when the name is not a path. */
    static SymbolExpression path(String name) {
        Optional<SymbolExpression> cached = PATHS.get(name);
        if (cached == null) {
            cached = Optional.ofNullable(TemplateParser.parsePath(name));
            if (PATHS.size() >= PATH_CACHE_LIMIT) {
                PATHS.clear();
            }
            PATHS.put(name, cached);
        }
        return cached.orElse(null);
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}

package io.jenkins.plugins.freight.engine.template.filter;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The built-in filters by (case-insensitive) name, gathered from each family. */
public final class Filters {

    private static final Map<String, Filter> BY_NAME = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private static final Set<String> NAMES = new TreeSet<>();

    static {
        CaseFilters.register(Filters::register);
        EncodingFilters.register(Filters::register);
        EscapeFilters.register(Filters::register);
        MarkdownFilter.register(Filters::register);
        DateFilters.register(Filters::register);
        FormatFilter.register(Filters::register);
        TextFilters.register(Filters::register);
        ComparisonFilters.register(Filters::register);
        UriPartFilter.register(Filters::register);
        VersionFilters.register(Filters::register);
        HashFilters.register(Filters::register);
        register("Null", (argument, options) -> null);
    }

    private Filters() {}

    /** How a family adds its filters. */
    @FunctionalInterface
    interface Registry {
        void add(String name, Filter filter);
    }

    private static void register(String name, Filter filter) {
        BY_NAME.put(name, filter);
        NAMES.add(name);
    }

    /** The filter with this name (case-insensitive), or null. */
    public static Filter find(String name) {
        return BY_NAME.get(name);
    }

    /** Every filter name, as documented. */
    public static Set<String> names() {
        return Collections.unmodifiableSet(NAMES);
    }
}

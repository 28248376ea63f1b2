package io.jenkins.plugins.freight.engine.template.filter;

import java.util.Locale;

/** ToUpper, ToLower. */
final class CaseFilters {

    private CaseFilters() {}

    static void register(Filters.Registry registry) {
        registry.add(
                "ToUpper",
                (argument, options) ->
                        options.isEmpty() && argument != null
                                ? argument.toUpperCase(Locale.ROOT)
                                : null);
        registry.add(
                "ToLower",
                (argument, options) ->
                        options.isEmpty() && argument != null
                                ? argument.toLowerCase(Locale.ROOT)
                                : null);
    }
}

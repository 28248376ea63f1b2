package io.jenkins.plugins.freight.engine.template.filter;

import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;

/**
 * Match (regular expression), StartsWith, EndsWith, Contains: each takes exactly one option,
 * compares case-sensitively, and gives {@code true} or {@code false}.
 */
final class ComparisonFilters {

    private ComparisonFilters() {}

    static void register(Filters.Registry registry) {
        registry.add("Match", ComparisonFilters::match);
        registry.add("StartsWith", test(String::startsWith));
        registry.add("EndsWith", test(String::endsWith));
        registry.add("Contains", test(String::contains));
    }

    private static Filter test(BiPredicate<String, String> predicate) {
        return (argument, options) ->
                argument == null || options.size() != 1
                        ? null
                        : Boolean.toString(predicate.test(argument, options.get(0)));
    }

    private static String match(String argument, List<String> options) {
        if (argument == null || options.size() != 1) {
            return null;
        }
        Matcher matcher = BoundedText.matcher(options.get(0), argument);
        if (matcher == null) {
            return null;
        }
        try {
            return Boolean.toString(matcher.find());
        } catch (BoundedText.Exhausted e) {
            return null;
        }
    }
}

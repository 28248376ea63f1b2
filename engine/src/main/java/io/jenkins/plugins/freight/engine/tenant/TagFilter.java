package io.jenkins.plugins.freight.engine.tenant;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Matching documents by tenant tags, as Octopus does: tags of the same tag set are alternatives
 * (any one will do), tags of different sets must all hold ({@code Tier/Gold, Tier/Silver,
 * Region/EU} means "(Gold or Silver) and EU"). An empty filter matches everything.
 */
public final class TagFilter {

    private TagFilter() {}

    public static boolean matches(Collection<String> documentTags, Collection<String> filter) {
        if (filter.isEmpty()) {
            return true;
        }
        List<String> have = documentTags.stream().map(TagFilter::key).toList();
        Map<String, List<String>> bySet = new LinkedHashMap<>();
        for (String tag : filter) {
            bySet.computeIfAbsent(setOf(tag), s -> new java.util.ArrayList<>()).add(key(tag));
        }
        return bySet.values().stream().allMatch(any -> any.stream().anyMatch(have::contains));
    }

    private static String setOf(String canonicalName) {
        int slash = canonicalName.indexOf('/');
        return slash < 0 ? "" : key(canonicalName.substring(0, slash));
    }

    private static String key(String canonicalName) {
        return canonicalName.strip().toLowerCase(Locale.ROOT);
    }
}

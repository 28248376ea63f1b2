package io.jenkins.plugins.freight.server.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The query string, parsed without touching the request body (so uploads stay streams). Names are
 * matched case-insensitively, as the Octopus server does.
 */
public final class QueryParameters {

    private final Map<String, List<String>> values;
    private final List<Map.Entry<String, String>> ordered;

    private QueryParameters(
            Map<String, List<String>> values, List<Map.Entry<String, String>> ordered) {
        this.values = values;
        this.ordered = ordered;
    }

    public static QueryParameters parse(String rawQuery) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        List<Map.Entry<String, String>> ordered = new ArrayList<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                values.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(value);
                ordered.add(Map.entry(name, value));
            }
        }
        return new QueryParameters(values, ordered);
    }

    /** The first value, or null when the parameter is absent. */
    public String get(String name) {
        List<String> all = values.get(name.toLowerCase(Locale.ROOT));
        return all == null || all.isEmpty() ? null : all.get(0);
    }

    /** The first non-blank value, or null. */
    public String nonBlank(String name) {
        String value = get(name);
        return value == null || value.isBlank() ? null : value;
    }

    /**
     * Every value of a list parameter in all the forms clients send: repeated ({@code
     * ids=A&ids=B}), comma-separated ({@code ids=A,B}) and with an encoded comma ({@code
     * ids=A%2CB}).
     */
    public List<String> list(String name) {
        List<String> result = new ArrayList<>();
        for (String value : values.getOrDefault(name.toLowerCase(Locale.ROOT), List.of())) {
            Arrays.stream(value.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .forEach(result::add);
        }
        return result;
    }

    /** An integer parameter; a clear 400 when it is not a number or below {@code min}. */
    public int integer(String name, int defaultValue, int min) {
        String value = nonBlank(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed < min) {
                throw ApiProblem.badRequest(
                        "The query parameter '" + name + "' must be at least " + min + ".");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest(
                    "The query parameter '" + name + "' must be a whole number.");
        }
    }

    /** A boolean parameter ({@code true}/{@code false}, any case). */
    public Boolean bool(String name) {
        String value = nonBlank(name);
        if (value == null) {
            return null;
        }
        if (value.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (value.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        throw ApiProblem.badRequest("The query parameter '" + name + "' must be true or false.");
    }

    /** The parameters in request order, for rebuilding links. */
    public List<Map.Entry<String, String>> entries() {
        return ordered;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("The query string is not correctly URL-encoded.");
        }
    }
}

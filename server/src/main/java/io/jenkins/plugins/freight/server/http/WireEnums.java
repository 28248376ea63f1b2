package io.jenkins.plugins.freight.server.http;

import java.util.function.Function;

/** Parsing the Octopus names of enum values, with a 400 naming the property when unknown. */
public final class WireEnums {

    private WireEnums() {}

    /**
     * The value {@code parse} finds for {@code name}; {@code defaultValue} when name is null or
     * blank; a 400 listing {@code allowed} when {@code parse} finds nothing or fails.
     */
    public static <E> E parse(
            Function<String, E> parse,
            String name,
            E defaultValue,
            String property,
            String allowed) {
        if (name == null || name.isBlank()) {
            return defaultValue;
        }
        E value;
        try {
            value = parse.apply(name.strip());
        } catch (RuntimeException e) {
            value = null;
        }
        if (value == null) {
            throw ApiProblem.badRequest(
                    "The property '" + property + "' must be one of " + allowed + ".");
        }
        return value;
    }
}

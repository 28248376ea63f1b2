package io.jenkins.plugins.freight.engine.space;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.util.Locale;

/**
 * The rules every document name follows: required, at most {@link #MAX_LENGTH} characters, no
 * leading or trailing whitespace kept, no control characters. Names are unique per space (or per
 * project, for channels) compared case-insensitively.
 */
public final class Names {

    public static final int MAX_LENGTH = 200;

    private Names() {}

    /** The name, trimmed, or an {@link InvalidInputException} naming the kind of document. */
    public static String require(String name, String kind) {
        String problem = problem(name, kind);
        if (problem != null) {
            throw new InvalidInputException(problem, java.util.List.of(problem));
        }
        return name.strip();
    }

    /** What is wrong with the name, or null when it is acceptable. */
    public static String problem(String name, String kind) {
        if (name == null || name.isBlank()) {
            return "The " + lower(kind) + " name is required.";
        }
        String trimmed = name.strip();
        if (trimmed.length() > MAX_LENGTH) {
            return "The " + lower(kind) + " name must be at most " + MAX_LENGTH + " characters.";
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            return "The " + lower(kind) + " name must not contain control characters.";
        }
        return null;
    }

    /** The form names are compared (and indexed) in. */
    public static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    static String lower(String kind) {
        return kind.toLowerCase(Locale.ROOT);
    }
}

package io.jenkins.plugins.freight.engine.space;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Slugs as Octopus makes them: the name in lower case, every run of other characters replaced by
 * one hyphen, no hyphen at either end ({@code "Random Quotes"} → {@code random-quotes}).
 */
public final class Slugs {

    /** The longest slug kept; longer names are cut (then made unique). */
    public static final int MAX_LENGTH = 180;

    private Slugs() {}

    /** The slug for a name; {@code fallback} when the name has no letters or digits at all. */
    public static String fromName(String name, String fallback) {
        String ascii =
                Normalizer.normalize(name, Normalizer.Form.NFD)
                        .replaceAll("\\p{M}+", "")
                        .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }

    /** Whether a slug a caller supplied is well-formed: lower-case letters, digits and hyphens. */
    public static boolean isValid(String slug) {
        return slug.length() <= MAX_LENGTH + 20 && slug.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    /** Checks a slug a caller supplied, with a message naming the document kind. */
    public static String requireValid(String slug, String kind) {
        if (!isValid(slug)) {
            throw new InvalidInputException(
                    "The slug '"
                            + slug
                            + "' of the "
                            + kind.toLowerCase(Locale.ROOT)
                            + " is not valid: use lower-case letters, digits and single hyphens.");
        }
        return slug;
    }
}

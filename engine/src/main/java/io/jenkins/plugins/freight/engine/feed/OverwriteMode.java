package io.jenkins.plugins.freight.engine.feed;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.util.List;

/**
 * What a push does when the package version (or its build information) already exists, as in
 * Octopus's {@code overwriteMode} parameter.
 */
public enum OverwriteMode {
    /** Refuse the push (the default). */
    FAIL_IF_EXISTS("FailIfExists"),
    /** Replace the existing one; needs {@code BuiltInFeedAdminister} for packages. */
    OVERWRITE_EXISTING("OverwriteExisting"),
    /** Keep the existing one and report success. */
    IGNORE_IF_EXISTS("IgnoreIfExists");

    private final String wireName;

    OverwriteMode(String wireName) {
        this.wireName = wireName;
    }

    /** The Octopus name, e.g. {@code FailIfExists}. */
    public String wireName() {
        return wireName;
    }

    /**
     * Parses the Octopus name, ignoring case; null or blank gives the default {@link
     * #FAIL_IF_EXISTS}.
     */
    public static OverwriteMode parse(String text) {
        if (text == null || text.isBlank()) {
            return FAIL_IF_EXISTS;
        }
        for (OverwriteMode mode : values()) {
            if (mode.wireName.equalsIgnoreCase(text.strip())
                    || mode.name().equalsIgnoreCase(text)) {
                return mode;
            }
        }
        String message =
                "The overwrite mode must be FailIfExists, OverwriteExisting or IgnoreIfExists.";
        throw new InvalidInputException(message, List.of(message));
    }

    /** The legacy {@code replace=true|false} parameter. */
    public static OverwriteMode fromReplace(boolean replace) {
        return replace ? OVERWRITE_EXISTING : FAIL_IF_EXISTS;
    }
}

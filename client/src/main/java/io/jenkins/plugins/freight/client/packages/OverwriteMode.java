package io.jenkins.plugins.freight.client.packages;

import java.util.Locale;

/** What the server does when a package (or build information) of that id and version exists. */
public enum OverwriteMode {
    /** Refuse the upload (the default). */
    FAIL_IF_EXISTS("FailIfExists"),
    /** Replace the stored one. */
    OVERWRITE_EXISTING("OverwriteExisting"),
    /** Keep the stored one and report success. */
    IGNORE_IF_EXISTS("IgnoreIfExists");

    private final String wireName;

    OverwriteMode(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /**
     * Accepts the wire names ({@code FailIfExists}), the constant names and the short forms of the
     * Octopus CLI ({@code fail}, {@code overwrite}, {@code ignore}), in any case.
     */
    public static OverwriteMode parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace("_", "");
        for (OverwriteMode mode : values()) {
            if (mode.wireName.toLowerCase(Locale.ROOT).equals(t)) {
                return mode;
            }
        }
        return switch (t) {
            case "fail" -> FAIL_IF_EXISTS;
            case "overwrite", "replace" -> OVERWRITE_EXISTING;
            case "ignore" -> IGNORE_IF_EXISTS;
            default ->
                    throw new IllegalArgumentException(
                            "Unknown overwrite mode '"
                                    + text
                                    + "'; use FailIfExists, OverwriteExisting or IgnoreIfExists.");
        };
    }
}

package io.jenkins.plugins.freight.engine.target;

/** How a line of script output is shown in the task log, following Octopus's log levels. */
public enum OutputCategory {
    VERBOSE,
    INFO,
    HIGHLIGHT,
    WAIT,
    WARNING,
    ERROR;

    /**
     * The category a {@code ##octopus[stdout-…]} service message switches to, or {@code null} when
     * the suffix is not a category ({@code default} maps to {@link #INFO}).
     */
    static OutputCategory fromStdoutSuffix(String suffix) {
        return switch (suffix.toLowerCase(java.util.Locale.ROOT)) {
            case "default" -> INFO;
            case "verbose" -> VERBOSE;
            case "highlight" -> HIGHLIGHT;
            case "wait" -> WAIT;
            case "warning" -> WARNING;
            case "error" -> ERROR;
            default -> null;
        };
    }
}

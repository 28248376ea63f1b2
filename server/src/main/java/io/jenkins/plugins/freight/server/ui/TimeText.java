package io.jenkins.plugins.freight.server.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times and durations as pages show them (UTC, to the second). */
public final class TimeText {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private TimeText() {}

    /** e.g. {@code 2026-03-01 14:05:09 UTC}; empty for null. */
    public static String of(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }

    /** e.g. {@code 1m 05s}, {@code 12s}; empty for null. */
    public static String of(Duration duration) {
        if (duration == null) {
            return "";
        }
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return String.format("%dm %02ds", seconds / 60, seconds % 60);
        }
        return String.format("%dh %02dm", seconds / 3600, (seconds % 3600) / 60);
    }
}

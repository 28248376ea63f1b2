package io.jenkins.plugins.freight.client.actions;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them: {@code 90s}, {@code 10m}, {@code 1h30m}, {@code 2d}, {@code
 * 36:00:00} (hours may exceed 24), ISO-8601 {@code PT10M}, or a plain number of seconds.
 */
public final class DurationText {

    private static final Pattern UNITS =
            Pattern.compile("^(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?$");
    private static final Pattern CLOCK = Pattern.compile("^(\\d+):(\\d{1,2}):(\\d{1,2})$");

    private DurationText() {}

    /**
     * @throws InvalidActionInputException when the text is not a duration, or is zero or negative
     */
    public static Duration parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        Duration d = tryParse(t);
        if (d == null || d.isZero() || d.isNegative()) {
            throw new InvalidActionInputException(
                    "The duration '"
                            + text
                            + "' is invalid; write it like 90s, 10m, 1h30m, 36:00:00 or PT10M.");
        }
        return d;
    }

    private static Duration tryParse(String t) {
        if (t.isEmpty()) {
            return null;
        }
        if (t.matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(t));
        }
        if (t.startsWith("p")) {
            try {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        Matcher clock = CLOCK.matcher(t);
        if (clock.matches()) {
            return Duration.ofHours(Long.parseLong(clock.group(1)))
                    .plusMinutes(Long.parseLong(clock.group(2)))
                    .plusSeconds(Long.parseLong(clock.group(3)));
        }
        Matcher units = UNITS.matcher(t);
        if (!units.matches()) {
            return null;
        }
        return Duration.ofDays(number(units.group(1)))
                .plusHours(number(units.group(2)))
                .plusMinutes(number(units.group(3)))
                .plusSeconds(number(units.group(4)));
    }

    private static long number(String group) {
        return group == null ? 0 : Long.parseLong(group);
    }

    /** A short form for messages: {@code 1h30m}, {@code 45s}, {@code 250ms}. */
    public static String format(Duration d) {
        if (d.compareTo(Duration.ofSeconds(1)) < 0) {
            return d.toMillis() + "ms";
        }
        long seconds = d.toSeconds();
        StringBuilder text = new StringBuilder();
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        if (hours > 0) {
            text.append(hours).append('h');
        }
        if (minutes > 0) {
            text.append(minutes).append('m');
        }
        if (rest > 0 || text.isEmpty()) {
            text.append(rest).append('s');
        }
        return text.toString();
    }
}

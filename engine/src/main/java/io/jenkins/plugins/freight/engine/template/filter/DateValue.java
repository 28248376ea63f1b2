package io.jenkins.plugins.freight.engine.template.filter;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date and time as the date filters see it, modelled on .NET: a wall-clock time and what it is
 * relative to (nothing, UTC, this machine's zone, or an explicit offset).
 *
 * @param offset the offset that {@code z} and {@code K} print: explicit, UTC, or this machine's
 */
record DateValue(LocalDateTime time, Kind kind, ZoneOffset offset) {

    enum Kind {
        UNSPECIFIED,
        UTC,
        LOCAL,
        OFFSET
    }

    private static final Pattern ISO =
            Pattern.compile(
                    "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})"
                            + "(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?\\s*([AaPp][Mm])?)?"
                            + "\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Pattern US =
            Pattern.compile(
                    "(\\d{1,2})/(\\d{1,2})/(\\d{4})"
                            + "(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?\\s*([AaPp][Mm])?)?"
                            + "\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?)?");

    /** What was written: a wall-clock time, and the zone designator if there was one. */
    record Written(LocalDateTime time, ZoneOffset offset, boolean zulu) {}

    static Written parse(String text) {
        String trimmed = text.trim();
        Matcher iso = ISO.matcher(trimmed);
        if (iso.matches()) {
            return written(iso, 1, 2, 3);
        }
        Matcher us = US.matcher(trimmed);
        if (us.matches()) {
            return written(us, 3, 1, 2);
        }
        try {
            ZonedDateTime rfc = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
            return new Written(rfc.toLocalDateTime(), rfc.getOffset(), false);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Written written(Matcher m, int year, int month, int day) {
        try {
            int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
            String ampm = m.group(8);
            if (ampm != null) {
                if (hour < 1 || hour > 12) {
                    return null;
                }
                hour = hour % 12 + (ampm.equalsIgnoreCase("pm") ? 12 : 0);
            }
            String fraction = m.group(7) == null ? "" : m.group(7);
            int nanos =
                    fraction.isEmpty()
                            ? 0
                            : Integer.parseInt((fraction + "000000000").substring(0, 9));
            LocalDateTime time =
                    LocalDateTime.of(
                            Integer.parseInt(m.group(year)),
                            Integer.parseInt(m.group(month)),
                            Integer.parseInt(m.group(day)),
                            hour,
                            m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
                            m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
                            nanos);
            String zone = m.group(9);
            if (zone == null) {
                return new Written(time, null, false);
            }
            if (zone.equalsIgnoreCase("z")) {
                return new Written(time, ZoneOffset.UTC, true);
            }
            String digits = zone.replace(":", "");
            int hours = Integer.parseInt(digits.substring(1, 3));
            int minutes = digits.length() > 3 ? Integer.parseInt(digits.substring(3)) : 0;
            int sign = digits.charAt(0) == '-' ? -1 : 1;
            return new Written(
                    time, ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes), false);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    static ZoneOffset localOffset(LocalDateTime time) {
        return ZoneId.systemDefault().getRules().getOffset(time);
    }

    /**
     * .NET {@code DateTime.TryParse}: a time with a zone designator becomes this machine's local
     * time; with {@code roundtrip}, a {@code Z} time stays UTC instead.
     */
    static DateValue dateTime(String text, boolean roundtrip) {
        Written written = parse(text);
        if (written == null) {
            return null;
        }
        if (written.offset() == null) {
            return new DateValue(written.time(), Kind.UNSPECIFIED, localOffset(written.time()));
        }
        if (roundtrip && written.zulu()) {
            return new DateValue(written.time(), Kind.UTC, ZoneOffset.UTC);
        }
        ZonedDateTime local =
                written.time().atOffset(written.offset()).atZoneSameInstant(ZoneId.systemDefault());
        return new DateValue(local.toLocalDateTime(), Kind.LOCAL, local.getOffset());
    }

    /** .NET {@code DateTimeOffset.TryParse}: a time without a zone gets this machine's offset. */
    static DateValue dateTimeOffset(String text) {
        Written written = parse(text);
        if (written == null) {
            return null;
        }
        ZoneOffset offset =
                written.offset() == null ? localOffset(written.time()) : written.offset();
        return new DateValue(written.time(), Kind.OFFSET, offset);
    }

    DateValue plusNanos(long nanos) {
        return new DateValue(time.plusNanos(nanos), kind, offset);
    }
}

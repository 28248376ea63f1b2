package io.jenkins.plugins.freight.engine.template.filter;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * NowDate and NowDateUtc (optionally formatted, default round-trip {@code O}), AddHours and AddDays
 * (a decimal amount; the result in round-trip form keeping UTC or an explicit offset).
 */
final class DateFilters {

    private static final long NANOS_PER_HOUR = 3_600_000_000_000L;

    private DateFilters() {}

    static void register(Filters.Registry registry) {
        registry.add("NowDate", (argument, options) -> now(argument, options, false));
        registry.add("NowDateUtc", (argument, options) -> now(argument, options, true));
        registry.add("AddHours", (argument, options) -> add(argument, options, 1));
        registry.add("AddDays", (argument, options) -> add(argument, options, 24));
    }

    private static String now(String argument, List<String> options, boolean utc) {
        if (argument != null || options.size() > 1) {
            return null;
        }
        DateValue value;
        if (utc) {
            value =
                    new DateValue(
                            LocalDateTime.now(ZoneOffset.UTC), DateValue.Kind.UTC, ZoneOffset.UTC);
        } else {
            LocalDateTime now = LocalDateTime.now();
            value = new DateValue(now, DateValue.Kind.UNSPECIFIED, DateValue.localOffset(now));
        }
        return format(value, options.isEmpty() ? "O" : options.get(0));
    }

    private static String add(String argument, List<String> options, int hoursPerUnit) {
        if (argument == null || options.size() != 1) {
            return null;
        }
        Double amount = parseAmount(options.get(0));
        if (amount == null) {
            return null;
        }
        double nanos = amount * hoursPerUnit * NANOS_PER_HOUR;
        if (Math.abs(nanos) > 1e20) {
            return null;
        }
        DateValue value = DateValue.dateTime(argument, true);
        if (value != null && value.kind() == DateValue.Kind.LOCAL) {
            value = DateValue.dateTimeOffset(argument);
        }
        if (value == null) {
            return null;
        }
        try {
            return DotNetDateFormat.format(value.plusNanos(Math.round(nanos)), "O");
        } catch (java.time.DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    private static Double parseAmount(String text) {
        try {
            double value = Double.parseDouble(text.trim());
            return Double.isFinite(value) && text.trim().matches("[+-]?[0-9.eE+-]+") ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String format(DateValue value, String format) {
        try {
            return DotNetDateFormat.format(value, format);
        } catch (DotNetDateFormat.BadFormat e) {
            return null;
        }
    }
}

package io.jenkins.plugins.freight.engine.template.filter;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code Format pattern} (a decimal number, else a date) or {@code Format Type pattern} with Type
 * {@code Int}/{@code Int32}, {@code Double}, {@code Decimal}, {@code Date}/{@code DateTime} or
 * {@code DateTimeOffset}. Patterns are .NET format strings, invariant culture.
 */
final class FormatFilter {

    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)?(\\.\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

    private FormatFilter() {}

    static void register(Filters.Registry registry) {
        registry.add("Format", FormatFilter::format);
    }

    private static String format(String argument, List<String> options) {
        if (argument == null || options.isEmpty() || options.size() > 2) {
            return null;
        }
        try {
            if (options.size() == 1) {
                BigDecimal number = decimal(argument);
                if (number != null) {
                    return DotNetNumberFormat.format(number, false, options.get(0));
                }
                DateValue date = DateValue.dateTimeOffset(argument);
                return date == null ? null : DotNetDateFormat.format(date, options.get(0));
            }
            String pattern = options.get(1);
            return switch (options.get(0).toLowerCase(Locale.ROOT)) {
                case "int", "int32" -> {
                    String trimmed = argument.trim();
                    if (!INTEGER.matcher(trimmed).matches()) {
                        yield null;
                    }
                    long value = Long.parseLong(trimmed);
                    yield value < Integer.MIN_VALUE || value > Integer.MAX_VALUE
                            ? null
                            : DotNetNumberFormat.format(BigDecimal.valueOf(value), true, pattern);
                }
                case "double" -> {
                    Double value = parseDouble(argument);
                    yield value == null
                            ? null
                            : DotNetNumberFormat.format(
                                    new BigDecimal(Double.toString(value)), false, pattern);
                }
                case "decimal" -> {
                    BigDecimal value = decimal(argument);
                    yield value == null ? null : DotNetNumberFormat.format(value, false, pattern);
                }
                case "date", "datetime" -> {
                    DateValue value = DateValue.dateTime(argument, false);
                    yield value == null ? null : DotNetDateFormat.format(value, pattern);
                }
                case "datetimeoffset" -> {
                    DateValue value = DateValue.dateTimeOffset(argument);
                    yield value == null ? null : DotNetDateFormat.format(value, pattern);
                }
                default -> null;
            };
        } catch (DotNetNumberFormat.BadFormat
                | DotNetDateFormat.BadFormat
                | NumberFormatException
                | ArithmeticException e) {
            return null;
        }
    }

    private static BigDecimal decimal(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()
                || !DECIMAL.matcher(trimmed).matches()
                || !trimmed.matches(".*\\d.*")) {
            return null;
        }
        return new BigDecimal(trimmed.replace(",", ""));
    }

    private static Double parseDouble(String text) {
        String trimmed = text.trim();
        if (!trimmed.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")) {
            return null;
        }
        return Double.parseDouble(trimmed);
    }
}

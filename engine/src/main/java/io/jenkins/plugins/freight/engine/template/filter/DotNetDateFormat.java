package io.jenkins.plugins.freight.engine.template.filter;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * .NET date and time format strings with the invariant culture: the standard one-letter formats
 * ({@code d D f F g G m o r s t T u U y}) and custom patterns ({@code yyyy-MM-dd HH:mm:ss.fff zzz},
 * {@code dddd}, {@code MMM}, {@code tt}, quoted literals, {@code \} escapes).
 */
final class DotNetDateFormat {

    private DotNetDateFormat() {}

    /** Thrown for a format .NET would reject. */
    static final class BadFormat extends RuntimeException {
        BadFormat() {
            super(null, null, false, false);
        }
    }

    static String format(DateValue value, String format) {
        if (format.isEmpty()) {
            format = "G";
        }
        if (format.length() == 1) {
            return standard(value, format.charAt(0));
        }
        return custom(value, format);
    }

    private static String standard(DateValue v, char c) {
        return switch (c) {
            case 'd' -> custom(v, "MM/dd/yyyy");
            case 'D' -> custom(v, "dddd, dd MMMM yyyy");
            case 'f' -> custom(v, "dddd, dd MMMM yyyy HH:mm");
            case 'F' -> custom(v, "dddd, dd MMMM yyyy HH:mm:ss");
            case 'g' -> custom(v, "MM/dd/yyyy HH:mm");
            case 'G' -> custom(v, "MM/dd/yyyy HH:mm:ss");
            case 'm', 'M' -> custom(v, "MMMM dd");
            case 'o', 'O' ->
                    custom(
                            v,
                            v.kind() == DateValue.Kind.OFFSET
                                    ? "yyyy-MM-ddTHH:mm:ss.fffffffzzz"
                                    : "yyyy-MM-ddTHH:mm:ss.fffffffK");
            case 'r', 'R' -> custom(utc(v), "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'");
            case 's' -> custom(v, "yyyy'-'MM'-'dd'T'HH':'mm':'ss");
            case 't' -> custom(v, "HH:mm");
            case 'T' -> custom(v, "HH:mm:ss");
            case 'u' -> custom(utc(v), "yyyy'-'MM'-'dd HH':'mm':'ss'Z'");
            case 'U' -> custom(utc(v), "dddd, dd MMMM yyyy HH:mm:ss");
            case 'y', 'Y' -> custom(v, "yyyy MMMM");
            default -> throw new BadFormat();
        };
    }

    private static DateValue utc(DateValue v) {
        if (v.kind() == DateValue.Kind.UTC) {
            return v;
        }
        LocalDateTime utc =
                v.time()
                        .atOffset(v.offset())
                        .withOffsetSameInstant(ZoneOffset.UTC)
                        .toLocalDateTime();
        return new DateValue(utc, DateValue.Kind.UTC, ZoneOffset.UTC);
    }

    private static String custom(DateValue v, String format) {
        StringBuilder out = new StringBuilder();
        LocalDateTime t = v.time();
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            int n = run(format, i);
            switch (c) {
                case 'd' ->
                        out.append(
                                n == 1
                                        ? Integer.toString(t.getDayOfMonth())
                                        : n == 2
                                                ? pad(t.getDayOfMonth(), 2)
                                                : t.getDayOfWeek()
                                                        .getDisplayName(
                                                                n == 3
                                                                        ? TextStyle.SHORT
                                                                        : TextStyle.FULL,
                                                                Locale.ENGLISH));
                case 'f', 'F' -> fraction(out, t.getNano(), n, c == 'F');
                case 'g' -> out.append("A.D.");
                case 'h' -> out.append(n == 1 ? Integer.toString(hour12(t)) : pad(hour12(t), 2));
                case 'H' ->
                        out.append(n == 1 ? Integer.toString(t.getHour()) : pad(t.getHour(), 2));
                case 'K' ->
                        out.append(
                                v.kind() == DateValue.Kind.UNSPECIFIED
                                        ? ""
                                        : v.kind() == DateValue.Kind.UTC
                                                ? "Z"
                                                : offset(v.offset(), 3));
                case 'm' ->
                        out.append(
                                n == 1 ? Integer.toString(t.getMinute()) : pad(t.getMinute(), 2));
                case 'M' ->
                        out.append(
                                n == 1
                                        ? Integer.toString(t.getMonthValue())
                                        : n == 2
                                                ? pad(t.getMonthValue(), 2)
                                                : t.getMonth()
                                                        .getDisplayName(
                                                                n == 3
                                                                        ? TextStyle.SHORT
                                                                        : TextStyle.FULL,
                                                                Locale.ENGLISH));
                case 's' ->
                        out.append(
                                n == 1 ? Integer.toString(t.getSecond()) : pad(t.getSecond(), 2));
                case 't' ->
                        out.append(
                                t.getHour() < 12 ? (n == 1 ? "A" : "AM") : (n == 1 ? "P" : "PM"));
                case 'y' ->
                        out.append(
                                n == 1
                                        ? Integer.toString(t.getYear() % 100)
                                        : n == 2 ? pad(t.getYear() % 100, 2) : pad(t.getYear(), n));
                case 'z' -> out.append(offset(v.offset(), n));
                case '"', '\'' -> {
                    int close = format.indexOf(c, i + 1);
                    if (close < 0) {
                        throw new BadFormat();
                    }
                    out.append(format, i + 1, close);
                    n = close - i + 1;
                }
                case '%' -> {
                    if (i + 1 >= format.length() || format.charAt(i + 1) == '%') {
                        throw new BadFormat();
                    }
                    n = 1;
                }
                case '\\' -> {
                    if (i + 1 >= format.length()) {
                        throw new BadFormat();
                    }
                    out.append(format.charAt(i + 1));
                    n = 2;
                }
                default -> {
                    out.append(c);
                    n = 1;
                }
            }
            i += n;
        }
        return out.toString();
    }

    private static int run(String format, int i) {
        char c = format.charAt(i);
        int j = i;
        while (j < format.length() && format.charAt(j) == c) {
            j++;
        }
        return j - i;
    }

    private static int hour12(LocalDateTime t) {
        int h = t.getHour() % 12;
        return h == 0 ? 12 : h;
    }

    private static String pad(int value, int width) {
        String digits = Integer.toString(Math.abs(value));
        return (value < 0 ? "-" : "") + "0".repeat(Math.max(0, width - digits.length())) + digits;
    }

    private static void fraction(StringBuilder out, int nanos, int n, boolean trim) {
        if (n > 7) {
            throw new BadFormat();
        }
        String digits = pad(nanos / 100, 7).substring(0, n);
        if (trim) {
            digits = digits.replaceFirst("0+$", "");
            if (digits.isEmpty() && out.length() > 0 && out.charAt(out.length() - 1) == '.') {
                out.setLength(out.length() - 1);
            }
        }
        out.append(digits);
    }

    private static String offset(ZoneOffset offset, int n) {
        int seconds = offset.getTotalSeconds();
        String sign = seconds < 0 ? "-" : "+";
        int hours = Math.abs(seconds) / 3600;
        int minutes = Math.abs(seconds) % 3600 / 60;
        return switch (n) {
            case 1 -> sign + hours;
            case 2 -> sign + pad(hours, 2);
            default -> sign + pad(hours, 2) + ":" + pad(minutes, 2);
        };
    }
}

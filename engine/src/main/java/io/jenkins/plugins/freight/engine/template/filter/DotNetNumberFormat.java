package io.jenkins.plugins.freight.engine.template.filter;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * .NET numeric format strings with the invariant culture: standard formats ({@code C D E F G N P R
 * X} with an optional precision) and custom patterns ({@code 0.00}, {@code #,##0}, {@code 0%}).
 * Midpoints round away from zero, as .NET does.
 */
final class DotNetNumberFormat {

    private static final Pattern STANDARD = Pattern.compile("([CcDdEeFfGgNnPpRrXx])(\\d{0,2})");

    private DotNetNumberFormat() {}

    /** Thrown for a format .NET would reject. */
    static final class BadFormat extends RuntimeException {
        BadFormat() {
            super(null, null, false, false);
        }
    }

    /**
     * @param integral whether the value came from an integer type (D and X need one)
     */
    static String format(BigDecimal value, boolean integral, String format) {
        Matcher m = STANDARD.matcher(format);
        if (!m.matches()) {
            return custom(value, format);
        }
        char kind = Character.toUpperCase(m.group(1).charAt(0));
        Integer precision = m.group(2).isEmpty() ? null : Integer.parseInt(m.group(2));
        return switch (kind) {
            case 'C' -> sign(value) + "¤" + grouped(value.abs(), precision == null ? 2 : precision);
            case 'D' -> {
                if (!integral) {
                    throw new BadFormat();
                }
                String digits = value.toBigInteger().abs().toString();
                yield sign(value)
                        + "0"
                                .repeat(
                                        Math.max(
                                                0,
                                                (precision == null ? 0 : precision)
                                                        - digits.length()))
                        + digits;
            }
            case 'E' -> exponential(value, precision == null ? 6 : precision, m.group(1).charAt(0));
            case 'F' ->
                    value.setScale(precision == null ? 2 : precision, RoundingMode.HALF_UP)
                            .toPlainString();
            case 'N' -> sign(value) + grouped(value.abs(), precision == null ? 2 : precision);
            case 'P' ->
                    sign(value)
                            + grouped(
                                    value.abs().movePointRight(2),
                                    precision == null ? 2 : precision)
                            + " %";
            case 'G', 'R' -> general(value, precision);
            case 'X' -> {
                if (!integral) {
                    throw new BadFormat();
                }
                BigInteger integer = value.toBigInteger();
                if (integer.signum() < 0) {
                    integer = integer.add(BigInteger.ONE.shiftLeft(32));
                }
                String hex = integer.toString(16);
                hex = m.group(1).equals("X") ? hex.toUpperCase(Locale.ROOT) : hex;
                yield "0".repeat(Math.max(0, (precision == null ? 0 : precision) - hex.length()))
                        + hex;
            }
            default -> throw new BadFormat();
        };
    }

    private static String sign(BigDecimal value) {
        return value.signum() < 0 ? "-" : "";
    }

    private static String grouped(BigDecimal value, int decimals) {
        return decimalFormat("#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : ""))
                .format(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    private static String exponential(BigDecimal value, int digits, char e) {
        if (value.signum() == 0) {
            return "0" + (digits > 0 ? "." + "0".repeat(digits) : "") + e + "+000";
        }
        int exponent = value.precision() - value.scale() - 1;
        BigDecimal mantissa = value.movePointLeft(exponent).setScale(digits, RoundingMode.HALF_UP);
        if (mantissa.abs().compareTo(BigDecimal.TEN) >= 0) {
            exponent++;
            mantissa = value.movePointLeft(exponent).setScale(digits, RoundingMode.HALF_UP);
        }
        String expText = String.format("%03d", Math.abs(exponent));
        return mantissa.toPlainString() + e + (exponent < 0 ? "-" : "+") + expText;
    }

    private static String general(BigDecimal value, Integer precision) {
        BigDecimal rounded =
                precision == null || precision == 0
                        ? value
                        : value.round(new java.math.MathContext(precision, RoundingMode.HALF_UP));
        String plain = rounded.toPlainString();
        if (plain.contains(".") && precision != null) {
            plain = plain.replaceFirst("\\.?0+$", "");
        }
        return plain;
    }

    private static String custom(BigDecimal value, String format) {
        StringBuilder pattern = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"' || c == '\'') {
                int close = format.indexOf(c, i + 1);
                if (close < 0) {
                    throw new BadFormat();
                }
                pattern.append('\'').append(format, i + 1, close).append('\'');
                i = close;
            } else if (c == '\\' && i + 1 < format.length()) {
                pattern.append('\'').append(format.charAt(++i)).append('\'');
            } else {
                pattern.append(c);
            }
        }
        try {
            return decimalFormat(pattern.toString()).format(value);
        } catch (IllegalArgumentException e) {
            throw new BadFormat();
        }
    }

    private static DecimalFormat decimalFormat(String pattern) {
        DecimalFormat format =
                new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}

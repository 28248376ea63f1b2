package io.jenkins.plugins.freight.engine.template;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Number text as templates read and write it: invariant culture, shortest form. */
final class Numbers {

    private static final Pattern NUMBER =
            Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private Numbers() {}

    /** Parses a decimal number (surrounding whitespace allowed), or returns null. */
    static Double parse(String text) {
        String trimmed = text.trim();
        if (!NUMBER.matcher(trimmed).matches()) {
            return null;
        }
        return Double.parseDouble(trimmed);
    }

    /** {@code 5} not {@code 5.0}; {@code 0.5}; null for infinities and NaN. */
    static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String text = Double.toString(value);
        return text.indexOf('E') >= 0 ? new BigDecimal(text).toPlainString() : text;
    }
}

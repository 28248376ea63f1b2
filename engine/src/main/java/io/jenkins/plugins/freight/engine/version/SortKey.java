package io.jenkins.plugins.freight.engine.version;

import java.util.List;
import java.util.Locale;

/**
 * Encodes a version as a string of ASCII digits whose plain string order is the version order, so a
 * database can sort, index and range-filter versions with an ordinary column under any collation.
 *
 * <p>Layout: the four numeric parts, each as 19 zero-padded digits; then {@code 9} for a stable
 * version, or {@code 1} followed by each pre-release identifier and a closing {@code 0}. Each
 * identifier starts with {@code 1}; a numeric one continues with {@code 0}, its length in three
 * digits and its digits without leading zeros; any other continues with {@code 1}, each character
 * (lower-cased) as its three-digit ASCII code and a closing {@code 000}.
 */
final class SortKey {

    private SortKey() {}

    static String of(long[] parts, List<String> preRelease) {
        StringBuilder b = new StringBuilder(80 + preRelease.size() * 16);
        appendParts(b, parts);
        if (preRelease.isEmpty()) {
            return b.append('9').toString();
        }
        b.append('1');
        for (String id : preRelease) {
            b.append('1');
            if (VersionParser.isNumeric(id)) {
                String digits = VersionParser.stripLeadingZeros(id);
                b.append('0');
                appendThreeDigits(b, digits.length());
                b.append(digits);
            } else {
                b.append('1');
                String lower = id.toLowerCase(Locale.ROOT);
                for (int i = 0; i < lower.length(); i++) {
                    appendThreeDigits(b, lower.charAt(i));
                }
                b.append("000");
            }
        }
        return b.append('0').toString();
    }

    /** The key prefix shared by every version whose leading numeric parts are these. */
    static String prefix(long[] parts) {
        return appendParts(new StringBuilder(19 * parts.length), parts).toString();
    }

    private static StringBuilder appendParts(StringBuilder b, long[] parts) {
        for (long part : parts) {
            String digits = Long.toString(part);
            b.append("0".repeat(19 - digits.length())).append(digits);
        }
        return b;
    }

    private static void appendThreeDigits(StringBuilder b, int value) {
        b.append((char) ('0' + value / 100 % 10))
                .append((char) ('0' + value / 10 % 10))
                .append((char) ('0' + value % 10));
    }
}

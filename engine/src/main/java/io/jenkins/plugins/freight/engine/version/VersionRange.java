package io.jenkins.plugins.freight.engine.version;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A set of versions written in NuGet or Maven range syntax, as used by channel version rules.
 *
 * <table>
 *   <caption>Forms</caption>
 *   <tr><td>{@code 1.0}</td><td>1.0 or later (NuGet's minimum version)</td></tr>
 *   <tr><td>{@code [1.0]}</td><td>exactly 1.0</td></tr>
 *   <tr><td>{@code [1.0,2.0)}</td><td>1.0 or later, before 2.0</td></tr>
 *   <tr><td>{@code (1.0,)}</td><td>after 1.0</td></tr>
 *   <tr><td>{@code (,2.0]}</td><td>2.0 or earlier</td></tr>
 *   <tr><td>{@code [1,2),[3,4)}</td><td>a Maven union: in any of the intervals</td></tr>
 * </table>
 *
 * <p>Bounds compare by {@link OctopusVersion} order, so {@code [1.0,2.0)} contains {@code
 * 2.0.0-beta} (it sorts before {@code 2.0.0}); stable-only rules are expressed with the channel's
 * pre-release pattern, as in Octopus. Spaces around bounds and commas are allowed.
 */
public final class VersionRange {

    /** Longest range text accepted. */
    public static final int MAX_LENGTH = 2000;

    private static final VersionRange ANY =
            new VersionRange("(,)", List.of(new Interval(null, false, null, false)));

    private final String text;
    private final List<Interval> intervals;

    private VersionRange(String text, List<Interval> intervals) {
        this.text = text;
        this.intervals = List.copyOf(intervals);
    }

    /**
     * One interval; a null bound is unbounded.
     *
     * @param lower lowest version, or null
     * @param lowerInclusive whether {@code lower} itself belongs
     * @param upper highest version, or null
     * @param upperInclusive whether {@code upper} itself belongs
     */
    public record Interval(
            OctopusVersion lower,
            boolean lowerInclusive,
            OctopusVersion upper,
            boolean upperInclusive) {

        public boolean contains(OctopusVersion v) {
            if (lower != null) {
                int c = v.compareTo(lower);
                if (c < 0 || (c == 0 && !lowerInclusive)) {
                    return false;
                }
            }
            if (upper != null) {
                int c = v.compareTo(upper);
                return c < 0 || (c == 0 && upperInclusive);
            }
            return true;
        }
    }

    /** Every version. */
    public static VersionRange any() {
        return ANY;
    }

    /**
     * Parses a range.
     *
     * @throws InvalidInputException naming what is wrong with the text
     */
    public static VersionRange parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalid(text, "a version range is required");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInputException(
                    "Version range is longer than " + MAX_LENGTH + " characters.");
        }
        String s = text.strip();
        char first = s.charAt(0);
        if (first != '[' && first != '(') {
            OctopusVersion min = version(text, s);
            return new VersionRange(text, List.of(new Interval(min, true, null, false)));
        }
        List<Interval> intervals = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int end = indexOfClose(s, i);
            if (end < 0) {
                throw invalid(text, "an interval is not closed with ']' or ')'");
            }
            intervals.add(interval(text, s.substring(i, end + 1)));
            i = skipSpaces(s, end + 1);
            if (i < s.length()) {
                if (s.charAt(i) != ',') {
                    throw invalid(text, "intervals must be separated by ','");
                }
                i = skipSpaces(s, i + 1);
                if (i >= s.length() || (s.charAt(i) != '[' && s.charAt(i) != '(')) {
                    throw invalid(text, "an interval must start with '[' or '('");
                }
            }
        }
        return new VersionRange(text, intervals);
    }

    /** Parses a range, or returns empty when the text is not one. Never throws. */
    public static Optional<VersionRange> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    private static int indexOfClose(String s, int from) {
        for (int i = from + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ']' || c == ')') {
                return i;
            }
            if (c == '[' || c == '(') {
                return -1;
            }
        }
        return -1;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Parses one bracketed interval such as {@code [1.0,2.0)}. */
    private static Interval interval(String text, String s) {
        boolean lowerInclusive = s.charAt(0) == '[';
        boolean upperInclusive = s.charAt(s.length() - 1) == ']';
        String inner = s.substring(1, s.length() - 1);
        int comma = inner.indexOf(',');
        if (comma < 0) {
            if (!lowerInclusive || !upperInclusive) {
                throw invalid(text, "an exact version must be written in square brackets, [1.0]");
            }
            OctopusVersion exact = version(text, inner.strip());
            return new Interval(exact, true, exact, true);
        }
        if (inner.indexOf(',', comma + 1) >= 0) {
            throw invalid(text, "an interval has more than two bounds");
        }
        String low = inner.substring(0, comma).strip();
        String high = inner.substring(comma + 1).strip();
        OctopusVersion lower = low.isEmpty() ? null : version(text, low);
        OctopusVersion upper = high.isEmpty() ? null : version(text, high);
        if (lower != null && upper != null) {
            int c = lower.compareTo(upper);
            if (c > 0) {
                throw invalid(text, "the lower bound " + low + " is above the upper bound " + high);
            }
            if (c == 0 && !(lowerInclusive && upperInclusive)) {
                throw invalid(text, "the interval " + s.strip() + " contains no version");
            }
        }
        return new Interval(
                lower, lower != null && lowerInclusive, upper, upper != null && upperInclusive);
    }

    private static OctopusVersion version(String text, String bound) {
        if (bound.isEmpty()) {
            throw invalid(text, "a bound is empty");
        }
        return OctopusVersion.tryParse(bound)
                .orElseThrow(
                        () ->
                                invalid(
                                        text,
                                        "'"
                                                + VersionParser.printable(bound)
                                                + "' is not a version"));
    }

    public boolean contains(OctopusVersion version) {
        for (Interval interval : intervals) {
            if (interval.contains(version)) {
                return true;
            }
        }
        return false;
    }

    public List<Interval> intervals() {
        return intervals;
    }

    /** The text this range was parsed from. */
    @Override
    public String toString() {
        return text;
    }

    private static InvalidInputException invalid(String text, String reason) {
        String shown =
                text == null || text.isBlank() ? "" : " '" + VersionParser.printable(text) + "'";
        String message = "The version range" + shown + " is not valid: " + reason + ".";
        return new InvalidInputException(message, List.of(message));
    }
}

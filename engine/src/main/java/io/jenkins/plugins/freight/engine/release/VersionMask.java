package io.jenkins.plugins.freight.engine.release;

import io.jenkins.plugins.freight.engine.version.OctopusVersion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Octopus semantic version mask such as {@code 1.2.i}, {@code c.c.i} or {@code 2.0.0-beta.i}:
 * numeric parts (two to four) and pre-release identifiers may be {@code i} (the previous value plus
 * one) or {@code c} (the previous value). "Previous" is the newest existing version whose fixed
 * leading parts equal the mask's ({@code 1.2.i} looks only at {@code 1.2.*}).
 *
 * <p>Rules, as Octopus applies them: a numeric part right after an incremented one restarts at 0
 * when it is itself {@code i} or {@code c} ({@code i.i.i} after {@code 1.2.3} gives {@code 2.0.0});
 * a part the previous version has but the mask lacks becomes 0; pre-release identifiers are
 * substituted one by one against the previous pre-release (non-numeric identifiers count as 0).
 * With no previous version every {@code i} and {@code c} is 0.
 */
final class VersionMask {

    private static final String PART = "(\\d{1,18}|i|c)";
    private static final Pattern FORMAT =
            Pattern.compile(
                    "^"
                            + PART
                            + "\\."
                            + PART
                            + "(?:\\."
                            + PART
                            + ")?(?:\\."
                            + PART
                            + ")?(?:-([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?$");

    /** Numeric parts as written, null where absent; index 0 major … 3 revision. */
    private final String[] parts;

    /** Pre-release identifiers as written, empty when the mask has none. */
    private final List<String> tag;

    private VersionMask(String[] parts, List<String> tag) {
        this.parts = parts;
        this.tag = tag;
    }

    /**
     * The mask in the text, or empty when the text is not a mask (has no {@code i} or {@code c}).
     */
    static Optional<VersionMask> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String[] parts = {m.group(1), m.group(2), m.group(3), m.group(4)};
        List<String> tag = m.group(5) == null ? List.of() : List.of(m.group(5).split("\\."));
        boolean substitutes = false;
        for (String p : parts) {
            substitutes |= isSubstitute(p);
        }
        for (String t : tag) {
            substitutes |= isSubstitute(t);
        }
        return substitutes ? Optional.of(new VersionMask(parts, tag)) : Optional.empty();
    }

    /** The version this mask gives after the newest of the existing versions it matches. */
    OctopusVersion next(Collection<OctopusVersion> existing) {
        return apply(existing.stream().filter(this::matches).max(Comparator.naturalOrder()));
    }

    /**
     * The fixed numeric parts before the first {@code i} or {@code c} (absent parts count as 0), so
     * that the newest matching version is the newest one starting with these parts.
     */
    long[] fixedPrefix() {
        int n = 0;
        while (n < parts.length && !isSubstitute(parts[n])) {
            n++;
        }
        long[] prefix = new long[n];
        for (int i = 0; i < n; i++) {
            prefix[i] = parts[i] == null ? 0 : Long.parseLong(parts[i]);
        }
        return prefix;
    }

    /** Whether the version's leading parts equal the mask's fixed parts up to the first i or c. */
    boolean matches(OctopusVersion version) {
        long[] values = numbers(version);
        for (int i = 0; i < parts.length; i++) {
            if (isSubstitute(parts[i])) {
                return true;
            }
            long fixed = parts[i] == null ? 0 : Long.parseLong(parts[i]);
            if (values[i] != fixed) {
                return false;
            }
        }
        return true;
    }

    OctopusVersion apply(Optional<OctopusVersion> previous) {
        StringBuilder out = new StringBuilder();
        if (previous.isEmpty()) {
            for (int i = 0; i < parts.length && parts[i] != null; i++) {
                out.append(i == 0 ? "" : ".").append(isSubstitute(parts[i]) ? "0" : parts[i]);
            }
            appendTag(out, null);
            return OctopusVersion.parse(out.toString());
        }
        OctopusVersion current = previous.get();
        long[] values = numbers(current);
        int currentParts = writtenParts(current);
        out.append(substitute(parts[0], values[0]));
        for (int i = 1; i < parts.length; i++) {
            if (parts[i] != null) {
                boolean reset = "i".equals(parts[i - 1]) && isSubstitute(parts[i]);
                out.append('.').append(reset ? "0" : substitute(parts[i], values[i]));
            } else if (i < currentParts && parts[i - 1] != null) {
                out.append(".0");
            }
        }
        appendTag(out, current.preReleaseIdentifiers());
        return OctopusVersion.parse(out.toString());
    }

    /** Appends the pre-release; {@code currentTag} is null when there is no previous version. */
    private void appendTag(StringBuilder out, List<String> currentTag) {
        if (tag.isEmpty()) {
            return;
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < tag.size(); i++) {
            String id = tag.get(i);
            if (!isSubstitute(id)) {
                result.add(id);
            } else if (currentTag == null) {
                result.add("0");
            } else {
                result.add(
                        substitute(
                                id, i < currentTag.size() ? numberOrZero(currentTag.get(i)) : 0));
            }
        }
        out.append('-').append(String.join(".", result));
    }

    private static String substitute(String maskPart, long current) {
        return switch (maskPart) {
            case "i" -> Long.toString(current + 1);
            case "c" -> Long.toString(current);
            default -> maskPart;
        };
    }

    private static boolean isSubstitute(String part) {
        return "i".equals(part) || "c".equals(part);
    }

    private static long numberOrZero(String identifier) {
        if (identifier.isEmpty()
                || identifier.length() > 18
                || !identifier.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        return Long.parseLong(identifier);
    }

    /** How many numeric parts the version was written with (a {@code 1.2.3.0} keeps its fourth). */
    private static int writtenParts(OctopusVersion v) {
        String text = v.originalText();
        int end = text.length();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '-' || text.charAt(i) == '+') {
                end = i;
                break;
            }
        }
        int dots = (int) text.substring(0, end).chars().filter(c -> c == '.').count();
        return Math.max(dots + 1, v.revision() != 0 ? 4 : 3);
    }

    private static long[] numbers(OctopusVersion v) {
        return new long[] {v.major(), v.minor(), v.patch(), v.revision()};
    }
}

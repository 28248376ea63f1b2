package io.jenkins.plugins.freight.engine.version;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Hand-written parser for {@link OctopusVersion}: no regular expression, no backtracking. */
final class VersionParser {

    private VersionParser() {}

    static OctopusVersion parse(String text) {
        if (text == null || text.isEmpty()) {
            throw invalid(text, "a version is required");
        }
        if (text.length() > OctopusVersion.MAX_LENGTH) {
            throw new InvalidInputException(
                    "Version is longer than " + OctopusVersion.MAX_LENGTH + " characters.");
        }
        int plus = text.indexOf('+');
        String beforeMetadata = plus < 0 ? text : text.substring(0, plus);
        String metadata = plus < 0 ? "" : text.substring(plus + 1);
        int dash = beforeMetadata.indexOf('-');
        String numbers = dash < 0 ? beforeMetadata : beforeMetadata.substring(0, dash);
        long[] parts = parseNumbers(text, numbers);
        List<String> preRelease =
                dash < 0
                        ? List.of()
                        : identifiers(text, beforeMetadata.substring(dash + 1), "pre-release");
        if (plus >= 0) {
            identifiers(text, metadata, "build metadata");
        }
        return new OctopusVersion(parts, preRelease, metadata, text, normalize(parts, preRelease));
    }

    private static long[] parseNumbers(String text, String numbers) {
        String[] split = numbers.split("\\.", -1);
        if (split.length > 4) {
            throw invalid(text, "it has more than four numeric parts");
        }
        long[] parts = new long[4];
        for (int i = 0; i < split.length; i++) {
            String part = split[i];
            if (part.isEmpty()) {
                throw invalid(text, "a numeric part is empty");
            }
            if (!isNumeric(part)) {
                throw invalid(
                        text, "the numeric part '" + printable(part) + "' is not a whole number");
            }
            String digits = stripLeadingZeros(part);
            if (digits.length() > 18) {
                throw invalid(text, "the numeric part '" + part + "' is too large");
            }
            parts[i] = Long.parseLong(digits);
        }
        return parts;
    }

    private static List<String> identifiers(String text, String section, String what) {
        if (section.isEmpty()) {
            throw invalid(text, "the " + what + " after '" + separator(what) + "' is empty");
        }
        List<String> result = new ArrayList<>();
        for (String identifier : section.split("\\.", -1)) {
            if (identifier.isEmpty()) {
                throw invalid(text, "the " + what + " has an empty identifier");
            }
            for (int i = 0; i < identifier.length(); i++) {
                char c = identifier.charAt(i);
                if (!isIdentifierChar(c)) {
                    throw invalid(
                            text,
                            "the "
                                    + what
                                    + " may contain only letters, digits, hyphens and dots, not '"
                                    + printable(String.valueOf(c))
                                    + "'");
                }
            }
            result.add(identifier);
        }
        return result;
    }

    private static String separator(String what) {
        return what.equals("pre-release") ? "-" : "+";
    }

    private static String normalize(long[] parts, List<String> preRelease) {
        StringBuilder b = new StringBuilder();
        b.append(parts[0]).append('.').append(parts[1]).append('.').append(parts[2]);
        if (parts[3] != 0) {
            b.append('.').append(parts[3]);
        }
        for (int i = 0; i < preRelease.size(); i++) {
            String id = preRelease.get(i);
            b.append(i == 0 ? '-' : '.');
            b.append(isNumeric(id) ? stripLeadingZeros(id) : id.toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }

    static boolean isNumeric(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static String stripLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    private static boolean isIdentifierChar(char c) {
        return (c >= '0' && c <= '9')
                || (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || c == '-';
    }

    private static InvalidInputException invalid(String text, String reason) {
        String shown = text == null || text.isEmpty() ? "" : " '" + printable(text) + "'";
        String message = "The version" + shown + " is not valid: " + reason + ".";
        return new InvalidInputException(message, List.of(message));
    }

    /** Replaces control characters so a message stays on one readable line. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) ? '?' : c);
        }
        return b.toString();
    }
}

package io.jenkins.plugins.freight.engine.feed;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.version.OctopusVersion;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A channel's pre-release pattern, as in Octopus: a regular expression searched for (not matched
 * whole) in the version's pre-release tag, with {@code +metadata} appended when there is any. So
 * {@code ^$} accepts only stable versions without metadata, {@code ^(|\+.*)$} stable versions with
 * or without metadata, and {@code beta} any version whose tag contains "beta".
 */
final class PreReleasePattern {

    private PreReleasePattern() {}

    /**
     * The matcher for a pattern; null or empty accepts every version.
     *
     * @throws InvalidInputException when the pattern is not a valid regular expression
     */
    static Predicate<PackageVersion> matcher(String pattern) {
        if (pattern == null || pattern.isEmpty()) {
            return v -> true;
        }
        Pattern compiled;
        try {
            compiled = Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            String message =
                    "The pre-release pattern '"
                            + PackageFileName.printable(pattern)
                            + "' is not a valid regular expression.";
            throw new InvalidInputException(message, List.of(message));
        }
        return v -> compiled.matcher(tag(v.version())).find();
    }

    /**
     * Whether the pattern can only accept versions without a pre-release (the common {@code ^$} and
     * {@code ^(|\+.*)$}), so the database may skip pre-releases before it is applied.
     */
    static boolean isStableOnly(String pattern) {
        return "^$".equals(pattern) || "^(|\\+.*)$".equals(pattern);
    }

    /** What the pattern is searched in: pre-release, plus {@code +metadata} when present. */
    static String tag(OctopusVersion version) {
        return version.metadata().isEmpty()
                ? version.preRelease()
                : version.preRelease() + "+" + version.metadata();
    }
}

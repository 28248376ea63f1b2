package io.jenkins.plugins.freight.engine.release;

import io.jenkins.plugins.freight.engine.version.OctopusVersion;
import java.util.Locale;

/**
 * A text made only of digits whose plain ordering equals the semantic ordering of versions, so the
 * database can sort and page releases by version with an index whatever its collation. Equal
 * versions ({@code 1.0 == 1.0.0.0}) get equal keys; a key starts with its numeric parts, so "every
 * version 1.2.*" is a prefix search ({@link #prefix}).
 *
 * <p>Layout: four numeric parts, 19 digits each; then {@code 9} for a stable version, or {@code 1}
 * followed by the pre-release identifiers: a numeric identifier as {@code 1}, its length in four
 * digits, its digits; any other as {@code 2}, each character (lower case) as a three-digit code,
 * then {@code 000}.
 */
final class VersionSortKey {

    static final int MAX_LENGTH = 1200;

    private VersionSortKey() {}

    static String of(OctopusVersion v) {
        StringBuilder key =
                new StringBuilder(prefix(v.major(), v.minor(), v.patch(), v.revision()));
        if (!v.isPreRelease()) {
            return key.append('9').toString();
        }
        key.append('1');
        for (String id : v.preReleaseIdentifiers()) {
            if (!id.isEmpty() && id.chars().allMatch(c -> c >= '0' && c <= '9')) {
                String digits = id.replaceFirst("^0+(?=.)", "");
                key.append('1')
                        .append(String.format(Locale.ROOT, "%04d", digits.length()))
                        .append(digits);
            } else {
                key.append('2');
                for (char c : id.toLowerCase(Locale.ROOT).toCharArray()) {
                    key.append(String.format(Locale.ROOT, "%03d", (int) c));
                }
                key.append("000");
            }
        }
        return key.toString();
    }

    /** The key prefix shared by every version whose leading numeric parts are these. */
    static String prefix(long... parts) {
        StringBuilder key = new StringBuilder();
        for (long p : parts) {
            key.append(String.format(Locale.ROOT, "%019d", p));
        }
        return key.toString();
    }
}

package io.jenkins.plugins.freight.engine.version;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A package or release version by Octopus rules: SemVer 2.0 plus 4-part versions.
 *
 * <ul>
 *   <li>One to four numeric parts ({@code 1}, {@code 1.2}, {@code 1.2.3}, {@code 1.2.3.4}); missing
 *       parts are zero and leading zeros are allowed, so {@code 1.0.0.0}, {@code 1.0.0} and {@code
 *       1.0} are equal, as are {@code 2016.01.02} and {@code 2016.1.2}.
 *   <li>An optional pre-release after {@code -}: dot-separated identifiers of letters, digits and
 *       hyphens. Identifiers made only of digits compare numerically ({@code beta.10 > beta.9}),
 *       others compare by ASCII ignoring case (as NuGet and Octopus do), and numeric identifiers
 *       sort before the others. A version with a pre-release sorts before the same version without
 *       one.
 *   <li>Optional build metadata after {@code +}, kept for display and ignored in ordering and
 *       equality.
 * </ul>
 *
 * <p>{@link #equals} and {@link #hashCode} agree with {@link #compareTo}. {@link #toString()} gives
 * back the text the version was parsed from; {@link #normalized()} gives one canonical text per
 * equal version.
 */
public final class OctopusVersion implements Comparable<OctopusVersion> {

    /** Longest version text accepted. */
    public static final int MAX_LENGTH = 255;

    /** Longest {@link #sortKey()} of a valid version. */
    public static final int MAX_SORT_KEY_LENGTH = 1200;

    private final long major;
    private final long minor;
    private final long patch;
    private final long revision;
    private final List<String> preRelease;
    private final String metadata;
    private final String text;
    private final String normalized;
    private String sortKey; // computed on first use

    OctopusVersion(
            long[] parts,
            List<String> preRelease,
            String metadata,
            String text,
            String normalized) {
        this.major = parts[0];
        this.minor = parts[1];
        this.patch = parts[2];
        this.revision = parts[3];
        this.preRelease = List.copyOf(preRelease);
        this.metadata = metadata;
        this.text = text;
        this.normalized = normalized;
    }

    /**
     * Parses a version.
     *
     * @throws InvalidInputException naming what is wrong with the text
     */
    public static OctopusVersion parse(String text) {
        return VersionParser.parse(text);
    }

    /** Parses a version, or returns empty when the text is not one. Never throws. */
    public static Optional<OctopusVersion> tryParse(String text) {
        try {
            return Optional.of(VersionParser.parse(text));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    public long major() {
        return major;
    }

    public long minor() {
        return minor;
    }

    public long patch() {
        return patch;
    }

    public long revision() {
        return revision;
    }

    /** The pre-release identifiers as written, empty for a stable version. */
    public List<String> preReleaseIdentifiers() {
        return preRelease;
    }

    /** The pre-release as written (without the {@code -}), or "" for a stable version. */
    public String preRelease() {
        return String.join(".", preRelease);
    }

    public boolean isPreRelease() {
        return !preRelease.isEmpty();
    }

    /** The build metadata as written (without the {@code +}), or "" when there is none. */
    public String metadata() {
        return metadata;
    }

    /** The text this version was parsed from. */
    public String originalText() {
        return text;
    }

    /**
     * One canonical text per equal version: three numeric parts (four when the revision is not
     * zero) without leading zeros, the pre-release with numeric identifiers unpadded and letters in
     * lower case, no metadata. Two versions are equal exactly when their normalized texts are.
     */
    public String normalized() {
        return normalized;
    }

    /**
     * A string of ASCII digits whose plain string order is this version order (equal versions have
     * equal keys), for sorting, indexing and range-filtering versions in a database column. At most
     * {@link #MAX_SORT_KEY_LENGTH} characters.
     */
    public String sortKey() {
        String key = sortKey;
        if (key == null) {
            key = SortKey.of(new long[] {major, minor, patch, revision}, preRelease);
            sortKey = key; // a benign race: every thread computes the same value
        }
        return key;
    }

    /**
     * The {@link #sortKey()} prefix shared by every version whose leading numeric parts are {@code
     * parts}: "every version 1.2.*" is the key range from {@code sortKeyPrefix(1, 2)} (inclusive)
     * to {@code sortKeyPrefix(1, 3)} (exclusive).
     */
    public static String sortKeyPrefix(long... parts) {
        return SortKey.prefix(parts);
    }

    @Override
    public int compareTo(OctopusVersion other) {
        int c = Long.compare(major, other.major);
        if (c == 0) {
            c = Long.compare(minor, other.minor);
        }
        if (c == 0) {
            c = Long.compare(patch, other.patch);
        }
        if (c == 0) {
            c = Long.compare(revision, other.revision);
        }
        return c != 0 ? c : comparePreRelease(preRelease, other.preRelease);
    }

    /** Compares pre-release identifier lists; an empty list (a stable version) sorts last. */
    static int comparePreRelease(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Boolean.compare(a.isEmpty(), b.isEmpty());
        }
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = compareIdentifier(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static int compareIdentifier(String a, String b) {
        boolean aNumeric = VersionParser.isNumeric(a);
        boolean bNumeric = VersionParser.isNumeric(b);
        if (aNumeric && bNumeric) {
            String x = VersionParser.stripLeadingZeros(a);
            String y = VersionParser.stripLeadingZeros(b);
            int c = Integer.compare(x.length(), y.length());
            return c != 0 ? c : x.compareTo(y);
        }
        if (aNumeric != bNumeric) {
            return aNumeric ? -1 : 1;
        }
        return a.toLowerCase(Locale.ROOT).compareTo(b.toLowerCase(Locale.ROOT));
    }

    public boolean isNewerThan(OctopusVersion other) {
        return compareTo(other) > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OctopusVersion v && normalized.equals(v.normalized);
    }

    @Override
    public int hashCode() {
        return normalized.hashCode();
    }

    /** The original text, e.g. {@code 2016.01.02} stays {@code 2016.01.02}. */
    @Override
    public String toString() {
        return text;
    }

    /** True when both versions are equal and were also written the same way. */
    public boolean isIdenticalTo(OctopusVersion other) {
        return equals(other) && Objects.equals(text, other.text);
    }
}

package io.jenkins.plugins.freight.engine.release;

import java.util.Locale;

/**
 * Prefixes of {@link io.jenkins.plugins.freight.engine.version.OctopusVersion#sortKey()}: a key
 * starts with the four numeric parts as 19 zero-padded digits each, so "every version 1.2.*" is the
 * key range from {@code prefix(1, 2)} (inclusive) to {@code prefix(1, 3)} (exclusive).
 */
final class VersionSortKey {

    private VersionSortKey() {}

    /** The key prefix shared by every version whose leading numeric parts are these. */
    static String prefix(long... parts) {
        StringBuilder key = new StringBuilder();
        for (long p : parts) {
            key.append(String.format(Locale.ROOT, "%019d", p));
        }
        return key.toString();
    }
}

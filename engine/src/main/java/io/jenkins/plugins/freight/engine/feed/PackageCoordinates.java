package io.jenkins.plugins.freight.engine.feed;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.version.OctopusVersion;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A package id and version: what identifies a package version within a space. Package ids compare
 * ignoring case and versions semantically, so {@code Acme.Web 1.0} and {@code acme.web 1.0.0.0} are
 * the same coordinates; the texts as written are kept for display.
 */
public record PackageCoordinates(String packageId, OctopusVersion version) {

    public PackageCoordinates {
        PackageFileName.checkPackageId(packageId);
        Objects.requireNonNull(version, "version");
    }

    /** Parses {@code <id>.<version>}, e.g. {@code Acme.Web.2.1.0-beta.1}. */
    public static PackageCoordinates parse(String text) {
        return find(text)
                .orElseThrow(
                        () -> {
                            String message =
                                    "'"
                                            + PackageFileName.printable(text == null ? "" : text)
                                            + "' is not a package id followed by a version, as in"
                                            + " MyPackage.1.0.0.";
                            return new InvalidInputException(message, List.of(message));
                        });
    }

    /**
     * The coordinates in a package version's API id, {@code packages-<PackageId>.<Version>} (the
     * prefix is optional); empty when the text is not one.
     */
    public static Optional<PackageCoordinates> fromApiId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String prefix = PackageVersion.ID_PREFIX;
        String text =
                id.regionMatches(true, 0, prefix, 0, prefix.length())
                        ? id.substring(prefix.length())
                        : id;
        try {
            return find(text);
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    /**
     * Splits at the first dot whose suffix is a version; empty when there is none. The id before it
     * is checked by {@link PackageFileName#checkPackageId}, which throws when it breaks the rules.
     */
    static Optional<PackageCoordinates> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int dot = text.indexOf('.'); dot > 0; dot = text.indexOf('.', dot + 1)) {
            Optional<OctopusVersion> version = OctopusVersion.tryParse(text.substring(dot + 1));
            if (version.isPresent()) {
                return Optional.of(new PackageCoordinates(text.substring(0, dot), version.get()));
            }
        }
        return Optional.empty();
    }

    /** The package id in lower case: what uniqueness and lookups use. */
    public String packageKey() {
        return packageId.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PackageCoordinates c
                && packageKey().equals(c.packageKey())
                && version.equals(c.version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(packageKey(), version);
    }

    /** {@code <id>.<version>} as written. */
    @Override
    public String toString() {
        return packageId + "." + version;
    }
}

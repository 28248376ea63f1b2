package io.jenkins.plugins.freight.client.actions;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to pack.
 *
 * @param baseDirectory the directory whose files go into the package
 * @param packageId the package id, e.g. {@code RandomQuotes}
 * @param version the package version, e.g. {@code 1.0.3}
 * @param format zip, tar.gz or nupkg
 * @param includes Ant-style patterns relative to the base directory (default {@code **})
 * @param excludes Ant-style patterns to leave out
 * @param outputDirectory where {@code <id>.<version>.<ext>} is written (created when missing)
 * @param overwrite replace an existing package file instead of failing
 * @param authors for the nuspec (default {@code Freight})
 * @param description for the nuspec (default: the package id)
 */
public record PackRequest(
        Path baseDirectory,
        String packageId,
        String version,
        PackageFormat format,
        List<String> includes,
        List<String> excludes,
        Path outputDirectory,
        boolean overwrite,
        String authors,
        String description) {

    public PackRequest {
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        includes = includes == null || includes.isEmpty() ? List.of("**") : List.copyOf(includes);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
        authors = authors == null || authors.isBlank() ? "Freight" : authors;
        description = description == null || description.isBlank() ? packageId : description;
    }

    /** Everything under {@code baseDirectory}, written to {@code outputDirectory}. */
    public static PackRequest of(
            Path baseDirectory,
            String packageId,
            String version,
            PackageFormat format,
            Path outputDirectory) {
        return new PackRequest(
                baseDirectory,
                packageId,
                version,
                format,
                List.of(),
                List.of(),
                outputDirectory,
                false,
                null,
                null);
    }

    /** The package file's name: {@code <id>.<version>.<ext>}. */
    public String fileName() {
        return packageId + "." + version + "." + format.extension();
    }
}

package io.jenkins.plugins.freight.client.actions;

/**
 * A package written by {@link PackAction}.
 *
 * @param file the package file's absolute path
 * @param fileCount how many files went in
 * @param sizeBytes the package file's size
 */
public record PackResult(
        String file,
        String packageId,
        String version,
        PackageFormat format,
        int fileCount,
        long sizeBytes) {}

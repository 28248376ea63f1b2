package io.jenkins.plugins.freight.client.actions;

import java.util.Locale;

/** The archive formats {@link PackAction} writes. */
public enum PackageFormat {
    ZIP("zip"),
    TAR_GZ("tar.gz"),
    /** A zip with a generated {@code .nuspec}, as NuGet and Octopus read it. */
    NUPKG("nupkg");

    private final String extension;

    PackageFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension without the dot, e.g. {@code tar.gz}. */
    public String extension() {
        return extension;
    }

    /**
     * Accepts {@code zip}, {@code tar.gz}/{@code targz}/{@code tgz}, {@code nupkg}/{@code nuget}.
     */
    public static PackageFormat parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "zip" -> ZIP;
            case "tar.gz", "targz", "tgz", "tar_gz" -> TAR_GZ;
            case "nupkg", "nuget" -> NUPKG;
            default ->
                    throw new InvalidActionInputException(
                            "Unknown package format '" + text + "'; use zip, tar.gz or nupkg.");
        };
    }
}

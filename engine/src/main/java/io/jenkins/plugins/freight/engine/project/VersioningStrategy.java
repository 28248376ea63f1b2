package io.jenkins.plugins.freight.engine.project;

/**
 * How a release version is chosen when none is given: from a template, or from the version of a
 * package (the "donor").
 *
 * @param template e.g. {@code
 *     #{Octopus.Version.LastMajor}.#{Octopus.Version.LastMinor}.#{Octopus.Version.NextPatch}}; null
 *     when a donor package decides
 * @param donorPackage the package whose version becomes the release version, or null
 * @param donorPackageStepId legacy form of the donor: the step id, or null
 */
public record VersioningStrategy(
        String template, ActionPackage donorPackage, String donorPackageStepId) {

    /** What a new project gets. */
    public static final String DEFAULT_TEMPLATE =
            "#{Octopus.Version.LastMajor}.#{Octopus.Version.LastMinor}.#{Octopus.Version.NextPatch}";

    public static VersioningStrategy defaultTemplate() {
        return template(DEFAULT_TEMPLATE);
    }

    public static VersioningStrategy template(String template) {
        return new VersioningStrategy(template, null, null);
    }

    public static VersioningStrategy donor(ActionPackage donor) {
        return new VersioningStrategy(null, donor, null);
    }

    public boolean usesDonorPackage() {
        return donorPackage != null || donorPackageStepId != null;
    }
}

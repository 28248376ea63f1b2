package io.jenkins.plugins.freight.client.actions;

import java.nio.file.Path;
import java.util.List;

/**
 * Create a release, and optionally deploy it.
 *
 * @param project the project's name or id
 * @param releaseVersion the version, or {@code null} to let the server compute it from the
 *     project's versioning template
 * @param channel the channel's name or id, or {@code null} for the project's default channel
 * @param packageVersions {@code PackageID:Version}, {@code StepName:Version} or {@code
 *     StepName:PackageReferenceName:Version}
 * @param defaultPackageVersion the version of every package not listed, or {@code null} for the
 *     newest the channel allows
 * @param releaseNotes Markdown notes, or {@code null}
 * @param releaseNotesFile a file with the notes, or {@code null}; not together with {@code
 *     releaseNotes}
 * @param ignoreIfExists return the existing release of that version instead of failing
 * @param ignoreChannelRules create it even if package versions break the channel's rules
 * @param deployment where to deploy the new release, or {@code null} not to deploy it
 */
public record CreateReleaseRequest(
        String project,
        String releaseVersion,
        String channel,
        List<String> packageVersions,
        String defaultPackageVersion,
        String releaseNotes,
        Path releaseNotesFile,
        boolean ignoreIfExists,
        boolean ignoreChannelRules,
        DeploymentOptions deployment) {

    public CreateReleaseRequest {
        packageVersions =
                packageVersions == null
                        ? List.of()
                        : packageVersions.stream()
                                .map(String::trim)
                                .filter(p -> !p.isEmpty())
                                .toList();
        releaseVersion = blankToNull(releaseVersion);
        channel = blankToNull(channel);
        defaultPackageVersion = blankToNull(defaultPackageVersion);
        releaseNotes = blankToNull(releaseNotes);
    }

    /** A release of the project with the server's next version and default channel. */
    public static CreateReleaseRequest of(String project, String releaseVersion) {
        return new CreateReleaseRequest(
                project, releaseVersion, null, null, null, null, null, false, false, null);
    }

    public CreateReleaseRequest withDeployment(DeploymentOptions value) {
        return new CreateReleaseRequest(
                project,
                releaseVersion,
                channel,
                packageVersions,
                defaultPackageVersion,
                releaseNotes,
                releaseNotesFile,
                ignoreIfExists,
                ignoreChannelRules,
                value);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}

package io.jenkins.plugins.freight.engine.release;

import io.jenkins.plugins.freight.engine.space.Documents;
import java.util.List;
import java.util.Map;

/**
 * What {@link ReleaseService#create} needs: Octopus's "create release" command.
 *
 * @param project the project's id, slug or name (required)
 * @param version the release number; null or blank computes it from the project's versioning
 *     strategy (version template, mask or donor package)
 * @param channel the channel's id, slug or name; null or blank means the project's default channel
 * @param defaultPackageVersion the version of every package no selection names; null lets the feed
 *     decide
 * @param packages selections {@code PackageID:Version}, {@code StepName:Version} or {@code
 *     StepName:PackageReferenceName:Version} ({@code *} matches any); packages without a selection
 *     get the newest version in the feed that satisfies the channel's version rules
 * @param releaseNotes Markdown; null means none
 * @param ignoreIfAlreadyExists when the version exists, return that release instead of failing
 * @param ignoreChannelRules allow explicit versions outside the channel's rules (when the project
 *     allows it)
 * @param packagePrerelease a regular expression the pre-release tag of automatically picked
 *     versions must contain a match for (in addition to the channel's rule); null means any
 * @param customFields name to value, at most 10, each value at most 150 characters
 */
public record CreateReleaseRequest(
        String project,
        String version,
        String channel,
        String defaultPackageVersion,
        List<String> packages,
        String releaseNotes,
        boolean ignoreIfAlreadyExists,
        boolean ignoreChannelRules,
        String packagePrerelease,
        Map<String, String> customFields) {

    public CreateReleaseRequest {
        version = Documents.blankToNull(version);
        channel = Documents.blankToNull(channel);
        defaultPackageVersion = Documents.blankToNull(defaultPackageVersion);
        packages = Documents.listCopy(packages);
        releaseNotes = releaseNotes == null ? "" : releaseNotes;
        packagePrerelease = Documents.blankToNull(packagePrerelease);
        customFields = Documents.orderedCopy(customFields);
    }

    /** A request for the project with everything else left to the defaults. */
    public static CreateReleaseRequest of(String project) {
        return new CreateReleaseRequest(
                project, null, null, null, List.of(), "", false, false, null, Map.of());
    }

    public CreateReleaseRequest withVersion(String value) {
        return new CreateReleaseRequest(
                project,
                value,
                channel,
                defaultPackageVersion,
                packages,
                releaseNotes,
                ignoreIfAlreadyExists,
                ignoreChannelRules,
                packagePrerelease,
                customFields);
    }

    public CreateReleaseRequest withChannel(String value) {
        return new CreateReleaseRequest(
                project,
                version,
                value,
                defaultPackageVersion,
                packages,
                releaseNotes,
                ignoreIfAlreadyExists,
                ignoreChannelRules,
                packagePrerelease,
                customFields);
    }

    public CreateReleaseRequest withPackages(String defaultVersion, List<String> selections) {
        return new CreateReleaseRequest(
                project,
                version,
                channel,
                defaultVersion,
                selections,
                releaseNotes,
                ignoreIfAlreadyExists,
                ignoreChannelRules,
                packagePrerelease,
                customFields);
    }

    public CreateReleaseRequest withReleaseNotes(String value) {
        return new CreateReleaseRequest(
                project,
                version,
                channel,
                defaultPackageVersion,
                packages,
                value,
                ignoreIfAlreadyExists,
                ignoreChannelRules,
                packagePrerelease,
                customFields);
    }

    public CreateReleaseRequest ignoringIfAlreadyExists() {
        return new CreateReleaseRequest(
                project,
                version,
                channel,
                defaultPackageVersion,
                packages,
                releaseNotes,
                true,
                ignoreChannelRules,
                packagePrerelease,
                customFields);
    }

    public CreateReleaseRequest ignoringChannelRules() {
        return new CreateReleaseRequest(
                project,
                version,
                channel,
                defaultPackageVersion,
                packages,
                releaseNotes,
                ignoreIfAlreadyExists,
                true,
                packagePrerelease,
                customFields);
    }

    public CreateReleaseRequest withPackagePrerelease(String value) {
        return new CreateReleaseRequest(
                project,
                version,
                channel,
                defaultPackageVersion,
                packages,
                releaseNotes,
                ignoreIfAlreadyExists,
                ignoreChannelRules,
                value,
                customFields);
    }

    public CreateReleaseRequest withCustomFields(Map<String, String> value) {
        return new CreateReleaseRequest(
                project,
                version,
                channel,
                defaultPackageVersion,
                packages,
                releaseNotes,
                ignoreIfAlreadyExists,
                ignoreChannelRules,
                packagePrerelease,
                value);
    }

    /** The selection text for one package of one step ({@code Step:Reference:Version}). */
    public static String selection(String actionName, String packageReferenceName, String version) {
        return actionName
                + ":"
                + (packageReferenceName == null ? "" : packageReferenceName)
                + ":"
                + version;
    }
}

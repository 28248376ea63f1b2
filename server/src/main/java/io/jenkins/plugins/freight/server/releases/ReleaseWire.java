package io.jenkins.plugins.freight.server.releases;

import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.release.ReleaseBuildInformation;
import io.jenkins.plugins.freight.engine.release.SelectedPackage;
import io.jenkins.plugins.freight.server.http.Links;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The Octopus {@code Release} resource. */
public record ReleaseWire(
        String id,
        String version,
        String channelId,
        String projectId,
        String spaceId,
        String releaseNotes,
        Instant assembled,
        boolean ignoreChannelRules,
        String projectDeploymentProcessSnapshotId,
        String projectVariableSetSnapshotId,
        List<String> libraryVariableSetSnapshotIds,
        List<SelectedPackageWire> selectedPackages,
        List<Object> selectedGitResources,
        List<BuildInformationWire> buildInformation,
        Map<String, String> customFields,
        Object versionControlReference,
        Instant lastModifiedOn,
        String lastModifiedBy,
        Map<String, String> links) {

    /** A package version frozen into the release ({@code StepName} is the legacy name). */
    public record SelectedPackageWire(
            String actionName,
            String stepName,
            String packageReferenceName,
            String packageId,
            String feedId,
            String version) {}

    public record BuildInformationWire(
            String packageId,
            String version,
            String buildEnvironment,
            String buildNumber,
            String buildUrl,
            String branch,
            String vcsType,
            String vcsRoot,
            String vcsCommitNumber,
            String vcsCommitUrl,
            List<Map<String, String>> commits,
            List<Map<String, String>> workItems) {

        static BuildInformationWire of(ReleaseBuildInformation b) {
            return new BuildInformationWire(
                    b.packageId(),
                    b.version(),
                    b.buildEnvironment(),
                    b.buildNumber(),
                    b.buildUrl(),
                    b.branch(),
                    b.vcsType(),
                    b.vcsRoot(),
                    b.vcsCommitNumber(),
                    b.vcsCommitUrl(),
                    b.commits().stream()
                            .map(
                                    c ->
                                            Map.of(
                                                    "Id", c.id(),
                                                    "Comment", c.comment(),
                                                    "LinkUrl", c.linkUrl()))
                            .toList(),
                    b.workItems().stream()
                            .map(
                                    w ->
                                            Map.of(
                                                    "Id", w.id(),
                                                    "Description", w.description(),
                                                    "LinkUrl", w.linkUrl()))
                            .toList());
        }
    }

    public static ReleaseWire of(Release r, Links l) {
        String space = "/" + Links.segment(r.spaceId());
        String self = space + "/releases/" + Links.segment(r.id());
        return new ReleaseWire(
                r.id(),
                r.version(),
                r.channelId(),
                r.projectId(),
                r.spaceId(),
                r.releaseNotes(),
                r.assembled(),
                r.ignoreChannelRules(),
                r.processSnapshotId(),
                r.variableSnapshotId(),
                List.of(),
                r.selectedPackages().stream().map(ReleaseWire::selected).toList(),
                List.of(),
                r.buildInformation().stream().map(BuildInformationWire::of).toList(),
                r.customFields(),
                null,
                r.lastModifiedOn(),
                r.lastModifiedBy(),
                Links.of(
                        "Self", l.api(self),
                        "Project", l.api(space + "/projects/" + Links.segment(r.projectId())),
                        "Channel", l.api(space + "/channels/" + Links.segment(r.channelId())),
                        "Deployments", l.api(self + "/deployments{?skip,take}"),
                        "DeploymentTemplate", l.api(self + "/deployments/template"),
                        "SnapshotVariables", l.api(self + "/snapshot-variables"),
                        "Progression", l.api(self + "/progression"),
                        "Web", l.web(space + "/releases/" + Links.segment(r.id()))));
    }

    private static SelectedPackageWire selected(SelectedPackage p) {
        return new SelectedPackageWire(
                p.actionName(),
                p.actionName(),
                p.packageReferenceName(),
                p.packageId(),
                p.feedId(),
                p.version());
    }
}

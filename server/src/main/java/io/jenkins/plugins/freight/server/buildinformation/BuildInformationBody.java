package io.jenkins.plugins.freight.server.buildinformation;

import io.jenkins.plugins.freight.engine.feed.BuildInformation;
import io.jenkins.plugins.freight.engine.feed.BuildInformationRequest;
import java.util.List;

/**
 * What clients push: {@code PackageId}, {@code Version} and the {@code OctopusBuildInformation}
 * block; Go sends the overwrite mode in the body ({@code OverwriteMode}), TS in the query.
 */
record BuildInformationBody(
        String packageId, String version, Details octopusBuildInformation, String overwriteMode) {

    record Details(
            String buildEnvironment,
            String buildNumber,
            String buildUrl,
            String branch,
            String vcsType,
            String vcsRoot,
            String vcsCommitNumber,
            List<Commit> commits,
            List<WorkItem> workItems) {}

    record Commit(String id, String comment, String linkUrl) {}

    record WorkItem(String id, String description, String linkUrl) {}

    BuildInformationRequest toRequest() {
        Details d =
                octopusBuildInformation == null
                        ? new Details(null, null, null, null, null, null, null, null, null)
                        : octopusBuildInformation;
        return new BuildInformationRequest(
                packageId,
                version,
                d.buildEnvironment(),
                d.buildNumber(),
                d.buildUrl(),
                d.branch(),
                d.vcsType(),
                d.vcsRoot(),
                d.vcsCommitNumber(),
                d.commits() == null
                        ? List.of()
                        : d.commits().stream()
                                .map(
                                        c ->
                                                new BuildInformation.Commit(
                                                        c.id(), c.comment(), c.linkUrl()))
                                .toList(),
                d.workItems() == null
                        ? List.of()
                        : d.workItems().stream()
                                .map(
                                        w ->
                                                new BuildInformation.WorkItem(
                                                        w.id(), w.description(), w.linkUrl()))
                                .toList());
    }
}

package io.jenkins.plugins.freight.server.buildinformation;

import io.jenkins.plugins.freight.engine.feed.BuildInformation;
import io.jenkins.plugins.freight.server.http.Links;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The Octopus build information resource of one package version. */
public record BuildInformationWire(
        String id,
        String packageId,
        String version,
        String branch,
        String buildEnvironment,
        String buildNumber,
        String buildUrl,
        String vcsType,
        String vcsRoot,
        String vcsCommitNumber,
        String vcsCommitUrl,
        List<CommitWire> commits,
        List<WorkItemWire> workItems,
        String issueTrackerName,
        String incompleteDataWarning,
        Instant created,
        String spaceId,
        Map<String, String> links) {

    public record CommitWire(String id, String comment, String linkUrl) {}

    public record WorkItemWire(String id, String description, String linkUrl) {}

    static BuildInformationWire of(BuildInformation b, Links l) {
        return new BuildInformationWire(
                b.id(),
                b.packageId(),
                b.version().toString(),
                b.branch(),
                b.buildEnvironment(),
                b.buildNumber(),
                b.buildUrl(),
                b.vcsType(),
                b.vcsRoot(),
                b.vcsCommitNumber(),
                b.vcsCommitUrl(),
                b.commits().stream()
                        .map(c -> new CommitWire(c.id(), c.comment(), c.linkUrl()))
                        .toList(),
                b.workItems().stream()
                        .map(w -> new WorkItemWire(w.id(), w.description(), w.linkUrl()))
                        .toList(),
                null,
                null,
                b.created(),
                b.spaceId(),
                Links.of(
                        "Self",
                        l.api(
                                "/"
                                        + Links.segment(b.spaceId())
                                        + "/build-information/"
                                        + Links.segment(b.id()))));
    }
}

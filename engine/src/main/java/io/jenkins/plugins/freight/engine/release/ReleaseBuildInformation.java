package io.jenkins.plugins.freight.engine.release;

import io.jenkins.plugins.freight.engine.feed.BuildInformation;
import io.jenkins.plugins.freight.engine.space.Documents;
import java.util.List;

/**
 * Build information of one pinned package as it was when the release was created (Octopus's release
 * {@code BuildInformation} entry).
 *
 * @param packageId the package
 * @param version its version
 * @param buildEnvironment e.g. Jenkins
 * @param buildNumber the CI build number
 * @param buildUrl link to the build
 * @param branch the branch built
 * @param vcsType e.g. Git
 * @param vcsRoot the repository URL
 * @param vcsCommitNumber the commit built
 * @param vcsCommitUrl a link to that commit, or ""
 * @param commits the commits the build contains, newest first as pushed
 * @param workItems issues the build refers to
 */
public record ReleaseBuildInformation(
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
        List<Commit> commits,
        List<WorkItem> workItems) {

    public ReleaseBuildInformation {
        commits = Documents.listCopy(commits);
        workItems = Documents.listCopy(workItems);
    }

    /** A frozen copy of the feed's build information. */
    static ReleaseBuildInformation of(BuildInformation b) {
        return new ReleaseBuildInformation(
                b.packageId(),
                b.version().toString(),
                b.buildEnvironment(),
                b.buildNumber(),
                b.buildUrl(),
                b.branch(),
                b.vcsType(),
                b.vcsRoot(),
                b.vcsCommitNumber(),
                b.vcsCommitUrl(),
                b.commits().stream()
                        .map(c -> new Commit(c.id(), c.comment(), c.linkUrl()))
                        .toList(),
                b.workItems().stream()
                        .map(w -> new WorkItem(w.id(), w.description(), w.linkUrl()))
                        .toList());
    }

    /** One commit: its id (hash), message and a link to it (or ""). */
    public record Commit(String id, String comment, String linkUrl) {}

    /** One work item: its id, description and link. */
    public record WorkItem(String id, String description, String linkUrl) {}
}

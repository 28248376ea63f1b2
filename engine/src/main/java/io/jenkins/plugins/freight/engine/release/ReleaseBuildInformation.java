package io.jenkins.plugins.freight.engine.release;

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
        List<Commit> commits,
        List<WorkItem> workItems) {

    public ReleaseBuildInformation {
        commits = Documents.listCopy(commits);
        workItems = Documents.listCopy(workItems);
    }

    /** One commit: its id (hash) and message. */
    public record Commit(String id, String comment) {}

    /** One work item: its id, description and link. */
    public record WorkItem(String id, String description, String linkUrl) {}
}

package io.jenkins.plugins.freight.engine.feed;

import io.jenkins.plugins.freight.engine.version.OctopusVersion;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a CI build says about a package version: where it was built and from which commits. Stored
 * per space, package id and version, whether or not the package itself was pushed yet.
 *
 * @param id {@code BuildInformation-N}
 * @param vcsCommitUrl a link to {@code vcsCommitNumber} when {@code vcsRoot} is a web URL, else ""
 * @param created when it was pushed (or last overwritten)
 */
public record BuildInformation(
        String id,
        String spaceId,
        String packageId,
        OctopusVersion version,
        String buildEnvironment,
        String buildNumber,
        String buildUrl,
        String branch,
        String vcsType,
        String vcsRoot,
        String vcsCommitNumber,
        String vcsCommitUrl,
        List<Commit> commits,
        List<WorkItem> workItems,
        Instant created) {

    /**
     * One commit of the build.
     *
     * @param linkUrl a link to the commit when the VCS root is a web URL, else ""
     */
    public record Commit(String id, String comment, String linkUrl) {
        public Commit {
            id = id == null ? "" : id;
            comment = comment == null ? "" : comment;
            linkUrl = linkUrl == null ? "" : linkUrl;
        }
    }

    /** An issue the build's commits refer to. */
    public record WorkItem(String id, String description, String linkUrl) {
        public WorkItem {
            id = id == null ? "" : id;
            description = description == null ? "" : description;
            linkUrl = linkUrl == null ? "" : linkUrl;
        }
    }

    public BuildInformation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(spaceId, "spaceId");
        Objects.requireNonNull(packageId, "packageId");
        Objects.requireNonNull(version, "version");
        commits = List.copyOf(commits);
        workItems = List.copyOf(workItems);
    }

    public PackageCoordinates coordinates() {
        return new PackageCoordinates(packageId, version);
    }
}

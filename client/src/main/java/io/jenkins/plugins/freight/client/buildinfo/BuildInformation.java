package io.jenkins.plugins.freight.client.buildinfo;

import io.jenkins.plugins.freight.client.transport.Links;
import java.util.List;

/**
 * What a build knows about the commits in a package: {@code OctopusBuildInformation} on the wire.
 *
 * @param buildEnvironment e.g. {@code Jenkins}
 * @param vcsType e.g. {@code Git}
 * @param vcsRoot the repository's address
 * @param vcsCommitNumber the commit the package was built from
 */
public record BuildInformation(
        String buildEnvironment,
        String buildNumber,
        String buildUrl,
        String branch,
        String vcsType,
        String vcsRoot,
        String vcsCommitNumber,
        List<Commit> commits) {

    public BuildInformation {
        commits = Links.copy(commits);
    }

    /** One commit: its id and message. */
    public record Commit(String id, String comment) {}
}

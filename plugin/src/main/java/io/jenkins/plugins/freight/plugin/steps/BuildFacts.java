package io.jenkins.plugins.freight.plugin.steps;

import io.jenkins.plugins.freight.client.buildinfo.BuildInformation;
import java.util.List;

/**
 * What the build knows about itself.
 *
 * @param jobName the job's full name
 * @param buildNumber e.g. {@code 42}
 * @param buildUrl the build's page, or {@code null} when Jenkins' URL is not set
 * @param commits the commits of the build's change sets, oldest first
 * @param startedTaskIds server tasks of deployments earlier steps of this build started
 * @param awaitedTaskIds those of them earlier steps waited for until they ended, showing their log
 */
public record BuildFacts(
        String jobName,
        String buildNumber,
        String buildUrl,
        List<BuildInformation.Commit> commits,
        List<String> startedTaskIds,
        List<String> awaitedTaskIds) {

    public BuildFacts {
        commits = commits == null ? List.of() : List.copyOf(commits);
        startedTaskIds = startedTaskIds == null ? List.of() : List.copyOf(startedTaskIds);
        awaitedTaskIds = awaitedTaskIds == null ? List.of() : List.copyOf(awaitedTaskIds);
    }
}

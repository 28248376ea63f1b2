package io.jenkins.plugins.freight.client.release;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.jenkins.plugins.freight.client.transport.Links;
import java.util.List;

/**
 * The body of {@code POST /api/{space}/releases/create/v1} (the executions API).
 *
 * @param spaceId the space's id
 * @param spaceIdOrName the space's id or name
 * @param projectName the project's name or id
 * @param releaseVersion the version, or {@code null} to let the server compute it from the
 *     project's template
 * @param channelName the channel's name or id, or {@code null} for the default channel
 * @param packageVersion the version for every package not listed in {@code packages}
 * @param packages {@code PackageID:Version}, {@code StepName:Version} or {@code
 *     StepName:PackageReferenceName:Version}
 * @param releaseNotes Markdown release notes
 * @param ignoreIfAlreadyExists return the existing release instead of failing
 * @param ignoreChannelRules create the release even if package versions break the channel's rules
 */
public record CreateReleaseCommand(
        @JsonProperty("spaceId") String spaceId,
        @JsonProperty("spaceIdOrName") String spaceIdOrName,
        String projectName,
        String releaseVersion,
        String channelName,
        String packageVersion,
        List<String> packages,
        String releaseNotes,
        boolean ignoreIfAlreadyExists,
        boolean ignoreChannelRules) {

    public CreateReleaseCommand {
        packages = Links.copy(packages);
    }
}

package io.jenkins.plugins.freight.client.release;

import io.jenkins.plugins.freight.client.transport.Links;
import java.time.OffsetDateTime;
import java.util.Map;

/** A release: a version of a project with its packages and process frozen. */
public record Release(
        String id,
        String version,
        String projectId,
        String channelId,
        String spaceId,
        String releaseNotes,
        OffsetDateTime assembled,
        Map<String, String> links) {

    public Release {
        links = Links.copy(links);
    }
}

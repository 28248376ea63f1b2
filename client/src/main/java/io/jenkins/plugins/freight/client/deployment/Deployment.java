package io.jenkins.plugins.freight.client.deployment;

import io.jenkins.plugins.freight.client.transport.Links;
import java.time.OffsetDateTime;
import java.util.Map;

/** A deployment of a release to one environment (and tenant). */
public record Deployment(
        String id,
        String name,
        String releaseId,
        String environmentId,
        String tenantId,
        String projectId,
        String channelId,
        String taskId,
        OffsetDateTime created,
        Map<String, String> links) {

    public Deployment {
        links = Links.copy(links);
    }
}

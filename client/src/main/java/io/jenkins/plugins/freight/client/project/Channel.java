package io.jenkins.plugins.freight.client.project;

import io.jenkins.plugins.freight.client.transport.Links;
import java.util.Map;

/** A project's release channel. */
public record Channel(
        String id,
        String name,
        String projectId,
        String lifecycleId,
        boolean isDefault,
        Map<String, String> links) {

    public Channel {
        links = Links.copy(links);
    }
}

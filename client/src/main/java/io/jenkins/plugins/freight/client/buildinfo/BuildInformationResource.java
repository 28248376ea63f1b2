package io.jenkins.plugins.freight.client.buildinfo;

import io.jenkins.plugins.freight.client.transport.Links;
import java.util.Map;

/** Build information as the server stored it. */
public record BuildInformationResource(
        String id, String packageId, String version, String branch, Map<String, String> links) {

    public BuildInformationResource {
        links = Links.copy(links);
    }
}

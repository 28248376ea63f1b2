package io.jenkins.plugins.freight.client.space;

import io.jenkins.plugins.freight.client.transport.Links;
import java.util.Map;

/** A space: the unit that holds projects, environments and everything else. */
public record Space(
        String id, String name, String slug, boolean isDefault, Map<String, String> links) {

    public Space {
        links = Links.copy(links);
    }
}

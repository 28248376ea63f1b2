package io.jenkins.plugins.freight.client.environment;

import io.jenkins.plugins.freight.client.transport.Links;
import java.util.Map;

/** A deployment environment (Dev, Test, Prod, …). */
public record Environment(
        String id,
        String name,
        String slug,
        int sortOrder,
        boolean useGuidedFailure,
        Map<String, String> links) {

    public Environment {
        links = Links.copy(links);
    }
}

package io.jenkins.plugins.freight.client.tenant;

import io.jenkins.plugins.freight.client.transport.Links;
import java.util.List;
import java.util.Map;

/**
 * A tenant (a customer or site deployed to separately).
 *
 * @param projectEnvironments for each connected project id, the environment ids it deploys to
 * @param tenantTags canonical tag names, {@code TagSet/Tag}
 */
public record Tenant(
        String id,
        String name,
        Map<String, List<String>> projectEnvironments,
        List<String> tenantTags,
        Map<String, String> links) {

    public Tenant {
        projectEnvironments = Links.copy(projectEnvironments);
        tenantTags = Links.copy(tenantTags);
        links = Links.copy(links);
    }
}

package io.jenkins.plugins.freight.client.project;

import io.jenkins.plugins.freight.client.transport.Links;
import java.util.Map;

/**
 * A project, as the server describes it.
 *
 * @param tenantedDeploymentMode {@code Untenanted}, {@code TenantedOrUntenanted} or {@code
 *     Tenanted}
 */
public record Project(
        String id,
        String name,
        String slug,
        String spaceId,
        String lifecycleId,
        String tenantedDeploymentMode,
        boolean isDisabled,
        Map<String, String> links) {

    public Project {
        links = Links.copy(links);
    }
}

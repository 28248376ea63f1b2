package io.jenkins.plugins.freight.client.discovery;

import io.jenkins.plugins.freight.client.transport.Links;
import java.util.Map;

/**
 * The server's root document, {@code GET /api}.
 *
 * @param application "Octopus Deploy" (Freight answers the same, for compatibility)
 * @param version the server's version, e.g. {@code 2024.1.1234}
 * @param apiVersion the REST API's version, {@code 3.0.0}
 * @param installationId the installation's GUID
 * @param links named URI templates; Freight adds its extensions here
 */
public record RootDocument(
        String application,
        String version,
        String apiVersion,
        String installationId,
        Map<String, String> links) {

    /** The link Freight servers advertise for following a task as it runs. */
    public static final String TASK_FOLLOW_LINK = "FreightTaskFollow";

    public RootDocument {
        links = Links.copy(links);
    }

    /** Whether the server offers Freight's live task following. */
    public boolean offersTaskFollowing() {
        return links.containsKey(TASK_FOLLOW_LINK);
    }
}

package io.jenkins.plugins.freight.client.packages;

import io.jenkins.plugins.freight.client.transport.Links;
import java.util.Map;

/** A package stored in the built-in feed. */
public record PackageResource(
        String id,
        String packageId,
        String version,
        String title,
        String fileExtension,
        long packageSizeBytes,
        String hash,
        String feedId,
        Map<String, String> links) {

    public PackageResource {
        links = Links.copy(links);
    }
}

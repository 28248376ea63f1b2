package io.jenkins.plugins.freight.server.root;

import java.util.Map;

/**
 * {@code GET /api}. {@code Version} is the Octopus server version Freight is compatible with: a
 * strict three-part version, because the TypeScript client compares it with semver before it
 * creates releases or deployments; {@code FreightVersion} is Freight's own.
 */
public record RootDocument(
        String application,
        String version,
        String apiVersion,
        String installationId,
        boolean isEarlyAccessProgram,
        boolean hasLongTermSupport,
        String freightVersion,
        Map<String, String> links) {}

package io.jenkins.plugins.freight.server.root;

import java.util.Map;

/** {@code GET /api/{spaceId}}: the space's id and its links, every one with the concrete id. */
public record SpaceRootDocument(String id, Map<String, String> links) {}

package io.jenkins.plugins.freight.client.release;

/** What {@code releases/create/v1} answers. */
public record CreatedRelease(String releaseId, String releaseVersion) {}

package io.jenkins.plugins.freight.engine.feed;

/**
 * What a feed retention run removed.
 *
 * @param packageVersionsDeleted package versions deleted by age
 * @param filesDeleted package files deleted because nothing used them
 */
public record RetentionResult(int packageVersionsDeleted, int filesDeleted) {}

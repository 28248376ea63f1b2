package org.jvnet.hudson.annotation_indexer;

/**
 * Checks uses of an indexed annotation at compile time.
 *
 * @since annotation-indexer 1.0
 */
public interface Validator {}

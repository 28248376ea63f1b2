package org.jvnet.hudson.reactor;

/**
 * A point in the start-up or shutdown sequence (task-reactor 1.10 ships with Jenkins 2.555.3).
 *
 * @since task-reactor 1.0
 */
public interface Milestone {}

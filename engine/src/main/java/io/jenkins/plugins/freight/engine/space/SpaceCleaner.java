package io.jenkins.plugins.freight.engine.space;

import org.jdbi.v3.core.Handle;

/**
 * Removes one feature's documents from a space that is being deleted, inside the deleting
 * transaction. Cleaners run in reverse order of registration, so a feature registered later (and
 * whose documents may refer to earlier ones) is emptied first.
 */
@FunctionalInterface
public interface SpaceCleaner {

    void deleteContents(Handle handle, Space space);
}

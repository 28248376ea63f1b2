package io.jenkins.plugins.freight.engine.project;

import org.jdbi.v3.core.Handle;

/**
 * Told about projects being created and deleted, inside the same transaction, so the documents a
 * project owns (deployment process, default channel, variable set, releases, …) come and go with
 * it. A listener may refuse a deletion by throwing a {@code ConflictException}.
 */
public interface ProjectListener {

    /** The project was just stored. */
    default void created(Handle handle, Project project) {}

    /** The project is about to be deleted; remove what it owns, or refuse. */
    default void deleting(Handle handle, Project project) {}
}

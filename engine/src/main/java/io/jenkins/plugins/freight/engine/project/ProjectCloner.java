package io.jenkins.plugins.freight.engine.project;

import org.jdbi.v3.core.Handle;

/**
 * Copies one kind of document a project owns (channels, deployment process, variables) from the
 * project being cloned to its new copy, inside the creating transaction and after every {@link
 * ProjectListener} has created the copy's empty documents. Cloners run in the order they were
 * registered, so a later one can translate ids an earlier one recorded (channels before the process
 * and variables that are scoped to them). A cloner records no audit event of its own: the copy's
 * creation is one event.
 */
@FunctionalInterface
public interface ProjectCloner {

    void copy(Handle handle, ProjectClone clone);
}

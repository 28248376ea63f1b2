package io.jenkins.plugins.freight.engine.environment;

import org.jdbi.v3.core.Handle;

/**
 * Told, inside the deleting transaction, that an environment is about to be deleted on its own (not
 * with its space). Features whose records name an environment (deployments) refuse here by throwing
 * a {@code ConflictException} that says what still uses it.
 */
@FunctionalInterface
public interface EnvironmentListener {

    void deleting(Handle handle, Environment environment);
}

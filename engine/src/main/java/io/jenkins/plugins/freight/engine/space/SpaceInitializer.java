package io.jenkins.plugins.freight.engine.space;

import org.jdbi.v3.core.Handle;

/**
 * Fills a new space with what every space starts with (a Default Project Group, a Default
 * Lifecycle, …). Each feature that contributes a default registers one; they run in the transaction
 * that creates the space, in registration order.
 */
@FunctionalInterface
public interface SpaceInitializer {

    void initialize(Handle handle, Space space);
}

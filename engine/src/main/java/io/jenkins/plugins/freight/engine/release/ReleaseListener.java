package io.jenkins.plugins.freight.engine.release;

import org.jdbi.v3.core.Handle;

/**
 * Told about each new release inside the transaction that creates it (automatic deployments to the
 * lifecycle's first phase start here). An exception rolls the release back, so a listener that may
 * fail for its own reasons guards itself.
 */
@FunctionalInterface
public interface ReleaseListener {
    void created(Handle handle, Release release);
}

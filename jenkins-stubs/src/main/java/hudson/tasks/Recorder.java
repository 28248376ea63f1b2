package hudson.tasks;

import hudson.ExtensionPoint;

/**
 * A post-build action that records results.
 *
 * @since 1.286
 */
public abstract class Recorder extends Publisher implements ExtensionPoint {

    @SuppressWarnings("deprecation")
    protected Recorder() {}
}

package hudson.model;

import hudson.ExtensionPoint;

/**
 * A root action reachable without Jenkins' READ permission; it checks access itself.
 *
 * @since 1.398
 */
public interface UnprotectedRootAction extends RootAction, ExtensionPoint {}

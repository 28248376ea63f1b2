package hudson.model;

import hudson.ExtensionPoint;

/**
 * An action at the Jenkins root URL.
 *
 * @since 1.311
 */
public interface RootAction extends Action, ExtensionPoint {}

package com.cloudbees.plugins.credentials;

import hudson.ExtensionPoint;
import hudson.model.Describable;
import java.io.Serializable;

/**
 * A credential (Credentials plugin).
 *
 * @since credentials 1.0
 */
public interface Credentials extends Describable<Credentials>, Serializable, ExtensionPoint {}

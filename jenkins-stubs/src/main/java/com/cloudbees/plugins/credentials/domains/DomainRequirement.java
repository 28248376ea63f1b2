package com.cloudbees.plugins.credentials.domains;

import hudson.ExtensionPoint;
import java.io.Serializable;

/**
 * What a credential's domain must allow.
 *
 * @since credentials 1.5
 */
public class DomainRequirement implements ExtensionPoint, Serializable {

    public DomainRequirement() {}
}

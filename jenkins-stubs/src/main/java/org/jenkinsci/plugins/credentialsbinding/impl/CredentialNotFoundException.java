package org.jenkinsci.plugins.credentialsbinding.impl;

import hudson.AbortException;

/**
 * A credential to bind was not found.
 *
 * @since credentials-binding 1.4
 */
public class CredentialNotFoundException extends AbortException {

    private CredentialNotFoundException() {}
}

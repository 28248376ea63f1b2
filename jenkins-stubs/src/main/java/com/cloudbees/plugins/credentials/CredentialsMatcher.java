package com.cloudbees.plugins.credentials;

import java.io.Serializable;

/**
 * Selects credentials.
 *
 * @since credentials 1.5
 */
public interface CredentialsMatcher extends Serializable {}

package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;

/**
 * Credentials with an id.
 *
 * @since credentials 1.5
 */
public interface IdCredentials extends Credentials {}

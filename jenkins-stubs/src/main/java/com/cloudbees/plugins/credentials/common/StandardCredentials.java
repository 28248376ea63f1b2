package com.cloudbees.plugins.credentials.common;

/**
 * Credentials with an id and a description.
 *
 * @since credentials 1.6
 */
public interface StandardCredentials extends IdCredentials {}

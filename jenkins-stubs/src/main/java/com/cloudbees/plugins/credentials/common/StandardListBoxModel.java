package com.cloudbees.plugins.credentials.common;

/**
 * A drop-down list of {@link StandardCredentials}.
 *
 * @since credentials 1.7
 */
public class StandardListBoxModel
        extends AbstractIdCredentialsListBoxModel<StandardListBoxModel, StandardCredentials> {

    public StandardListBoxModel() {}

    @Override
    protected String describe(StandardCredentials c) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}

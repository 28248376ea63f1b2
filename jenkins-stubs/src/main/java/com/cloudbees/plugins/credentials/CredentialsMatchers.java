package com.cloudbees.plugins.credentials;

/**
 * Common {@link CredentialsMatcher}s.
 *
 * @since credentials 1.5
 */
public class CredentialsMatchers {

    private CredentialsMatchers() {}

    public static CredentialsMatcher always() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static CredentialsMatcher withId(String id) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static <C extends Credentials> C firstOrNull(
            Iterable<C> credentials, CredentialsMatcher matcher) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}

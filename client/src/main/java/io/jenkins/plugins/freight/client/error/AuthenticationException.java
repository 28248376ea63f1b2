package io.jenkins.plugins.freight.client.error;

import java.util.List;

/** The server refused the credentials (401) or the user lacks a permission (403). */
public final class AuthenticationException extends FreightClientException {

    public AuthenticationException(
            String message, int statusCode, String serverMessage, List<String> serverErrors) {
        super(message, statusCode, serverMessage, serverErrors, null);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}

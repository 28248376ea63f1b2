package io.jenkins.plugins.freight.client.error;

import java.util.List;

/**
 * The server answered with something this client cannot understand: an unexpected status, or a body
 * that is not the expected JSON.
 */
public final class UnexpectedResponseException extends FreightClientException {

    public UnexpectedResponseException(
            String message, int statusCode, String serverMessage, List<String> serverErrors) {
        super(message, statusCode, serverMessage, serverErrors, null);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}

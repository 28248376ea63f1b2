package io.jenkins.plugins.freight.client.error;

import java.util.List;

/** The server has no such resource (404). */
public final class ResourceNotFoundException extends FreightClientException {

    public ResourceNotFoundException(
            String message, int statusCode, String serverMessage, List<String> serverErrors) {
        super(message, statusCode, serverMessage, serverErrors, null);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}

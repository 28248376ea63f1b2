package io.jenkins.plugins.freight.client.error;

import java.util.List;

/** The server rejected the request as invalid or conflicting (400, 409). */
public final class RequestRejectedException extends FreightClientException {

    public RequestRejectedException(
            String message, int statusCode, String serverMessage, List<String> serverErrors) {
        super(message, statusCode, serverMessage, serverErrors, null);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}

package io.jenkins.plugins.freight.client.error;

import java.util.List;

/** The server failed to handle the request (5xx). */
public final class ServerErrorException extends FreightClientException {

    public ServerErrorException(
            String message, int statusCode, String serverMessage, List<String> serverErrors) {
        super(message, statusCode, serverMessage, serverErrors, null);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}

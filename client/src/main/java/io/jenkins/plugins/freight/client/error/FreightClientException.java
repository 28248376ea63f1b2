package io.jenkins.plugins.freight.client.error;

import java.util.List;

/**
 * Every failure of a request to a Freight or Octopus server, mapped once from the response (or its
 * absence). The message is one clear sentence followed by the server's own message when it sent
 * one; it never contains the API key or request headers.
 */
public abstract sealed class FreightClientException extends RuntimeException
        permits AuthenticationException,
                ResourceNotFoundException,
                RequestRejectedException,
                ServerErrorException,
                NetworkException,
                UnexpectedResponseException {

    private final int statusCode;
    private final String serverMessage;
    private final List<String> serverErrors;

    protected FreightClientException(
            String message,
            int statusCode,
            String serverMessage,
            List<String> serverErrors,
            Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
        this.serverMessage = serverMessage;
        this.serverErrors = serverErrors == null ? List.of() : List.copyOf(serverErrors);
    }

    /** The HTTP status, or 0 when no response arrived. */
    public int statusCode() {
        return statusCode;
    }

    /** The server's {@code ErrorMessage}, or {@code null}. */
    public String serverMessage() {
        return serverMessage;
    }

    /** The server's {@code Errors}, possibly empty. */
    public List<String> serverErrors() {
        return serverErrors;
    }

    /** Whether repeating the same request later might succeed. */
    public abstract boolean isRetryable();
}

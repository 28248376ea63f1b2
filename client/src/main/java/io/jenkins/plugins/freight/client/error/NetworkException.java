package io.jenkins.plugins.freight.client.error;

import java.util.List;

/** No usable response arrived: the connection failed, was reset, or timed out. */
public final class NetworkException extends FreightClientException {

    public NetworkException(String message, Throwable cause) {
        super(message, 0, null, List.of(), cause);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}

package io.jenkins.plugins.freight.engine.error;

/**
 * A temporary failure (database unreachable, shutting down); the same request may succeed later.
 */
public final class TransientException extends FreightException {

    public TransientException(String message, Throwable cause) {
        super(message, cause);
    }

    public TransientException(String message) {
        super(message);
    }
}

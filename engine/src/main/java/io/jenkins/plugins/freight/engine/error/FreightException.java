package io.jenkins.plugins.freight.engine.error;

/**
 * The engine's errors. Each edge maps this small family once: the server to HTTP status codes and
 * an Octopus error body, the CLI to exit codes. Messages are written for users and never contain
 * secrets or bound SQL values.
 */
public abstract sealed class FreightException extends RuntimeException
        permits NotFoundException,
                ConflictException,
                InvalidInputException,
                ForbiddenException,
                TransientException {

    protected FreightException(String message) {
        super(message);
    }

    protected FreightException(String message, Throwable cause) {
        super(message, cause);
    }
}

package io.jenkins.plugins.freight.engine.error;

/** The request clashes with the current state: a duplicate name or version, a stale edit. */
public final class ConflictException extends FreightException {

    public ConflictException(String message) {
        super(message);
    }
}

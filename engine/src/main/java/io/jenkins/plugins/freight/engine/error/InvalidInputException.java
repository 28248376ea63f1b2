package io.jenkins.plugins.freight.engine.error;

import java.util.List;

/**
 * The request is malformed or breaks a rule; {@link #errors()} lists each problem in a sentence.
 */
public final class InvalidInputException extends FreightException {

    private final List<String> errors;

    public InvalidInputException(String message) {
        this(message, List.of());
    }

    public InvalidInputException(String message, List<String> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}

package io.jenkins.plugins.freight.plugin.steps;

/** A step's input is wrong; the message is one sentence and nothing was sent to a server. */
public final class InvalidStepInputException extends IllegalArgumentException {

    public InvalidStepInputException(String message) {
        super(message);
    }
}

package io.jenkins.plugins.freight.client.actions;

/**
 * The action's input is wrong (a pattern that matches no file, an unreadable notes file, a
 * malformed package version); nothing was changed on the server.
 */
public final class InvalidActionInputException extends ActionException {

    public InvalidActionInputException(String message) {
        super(message, null);
    }

    public InvalidActionInputException(String message, Throwable cause) {
        super(message, cause);
    }
}

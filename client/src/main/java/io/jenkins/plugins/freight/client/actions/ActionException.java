package io.jenkins.plugins.freight.client.actions;

/**
 * A pipeline action could not do what was asked. The message is one clear sentence, ending with the
 * server's own message when the server gave one; it never contains a secret.
 */
public abstract sealed class ActionException extends RuntimeException
        permits InvalidActionInputException, DeploymentFailedException {

    protected ActionException(String message, Throwable cause) {
        super(message, cause);
    }
}

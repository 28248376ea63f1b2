package io.jenkins.plugins.freight.cli.console;

/**
 * The command line is wrong in a way picocli cannot see (a missing server URL, two key sources).
 */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}

package io.jenkins.plugins.freight.server.http;

import java.util.List;

/**
 * The Octopus error body every client parses: {@code ErrorMessage} and {@code Errors} carry the
 * meaning; the other fields exist for clients that read them and stay empty.
 */
public record ErrorBody(
        String errorMessage,
        List<String> errors,
        Object details,
        String helpText,
        String helpLink,
        String fullException,
        List<String> parsedHelpLinks) {

    public static ErrorBody of(String message, List<String> errors) {
        return new ErrorBody(message, List.copyOf(errors), null, null, null, null, List.of());
    }
}

package io.jenkins.plugins.freight.server.http;

import java.util.List;

/**
 * A request the HTTP layer refuses before any engine service sees it: malformed JSON or multipart,
 * missing credentials, an unsupported method, a body that is too large. Engine refusals travel as
 * the engine's own exceptions and are mapped by {@link ErrorMapper}.
 */
public final class ApiProblem extends RuntimeException {

    private final int status;
    private final List<String> errors;

    public ApiProblem(int status, String message, List<String> errors) {
        super(message, null, false, false);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public ApiProblem(int status, String message) {
        this(status, message, List.of());
    }

    public static ApiProblem badRequest(String message) {
        return new ApiProblem(400, message);
    }

    public int status() {
        return status;
    }

    public List<String> errors() {
        return errors;
    }
}

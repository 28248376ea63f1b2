package io.jenkins.plugins.freight.server.ui;

/**
 * A request the UI refuses on its own account (not the engine's): a missing form field, an unknown
 * page, a bad CSRF token. The message is shown to the user.
 */
public final class UiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public UiProblem(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static UiProblem notFound() {
        return new UiProblem(404, "There is no page at this address.");
    }

    public static UiProblem badRequest(String message) {
        return new UiProblem(400, message);
    }
}

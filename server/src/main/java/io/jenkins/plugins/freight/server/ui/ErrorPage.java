package io.jenkins.plugins.freight.server.ui;

import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.ForbiddenException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.error.TransientException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page shown when a request fails: the engine's own message for its errors (written for users,
 * naming e.g. the missing permission), a generic one for anything unexpected.
 *
 * @param frame the layout
 * @param status the HTTP status
 * @param heading a short heading
 * @param message one sentence
 * @param details further sentences (e.g. each refused lifecycle rule)
 */
public record ErrorPage(
        PageFrame frame, int status, String heading, String message, List<String> details) {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPage.class);

    public ErrorPage {
        details = List.copyOf(details);
    }

    /** The page for an error thrown while serving {@code what} (logged when unexpected). */
    public static ErrorPage of(Throwable error, PageFrame frame, String what) {
        if (error instanceof UiProblem p) {
            return new ErrorPage(frame, p.status(), heading(p.status()), p.getMessage(), List.of());
        }
        if (error instanceof InvalidInputException e) {
            List<String> details =
                    e.errors().size() == 1 && e.errors().get(0).equals(e.getMessage())
                            ? List.of()
                            : e.errors();
            return new ErrorPage(frame, 400, heading(400), e.getMessage(), details);
        }
        if (error instanceof NotFoundException e) {
            return new ErrorPage(frame, 404, heading(404), e.getMessage(), List.of());
        }
        if (error instanceof ConflictException e) {
            return new ErrorPage(frame, 409, heading(409), e.getMessage(), List.of());
        }
        if (error instanceof ForbiddenException e) {
            return new ErrorPage(frame, 403, heading(403), e.getMessage(), List.of());
        }
        if (error instanceof TransientException e) {
            LOG.warn("{} failed temporarily: {}", what, e.getMessage());
            return new ErrorPage(frame, 503, heading(503), e.getMessage(), List.of());
        }
        LOG.error("{} failed", what, error);
        return new ErrorPage(
                frame,
                500,
                heading(500),
                "The server could not complete the request because of an unexpected error; the"
                        + " server log has the details.",
                List.of());
    }

    private static String heading(int status) {
        return switch (status) {
            case 400 -> "That did not work";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 409 -> "Conflict";
            case 503 -> "Try again shortly";
            default -> "Something went wrong";
        };
    }
}

package io.jenkins.plugins.freight.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.ForbiddenException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.error.TransientException;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place an error becomes a status code and an Octopus error body. Messages of the engine's
 * errors are written for users and pass through; everything unexpected becomes a 500 with a generic
 * message, logged here with its stack trace. Request headers and bodies never reach a message.
 */
public final class ErrorMapper {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    /** A status code and the body to send with it. */
    public record Mapped(int status, ErrorBody body) {}

    private ErrorMapper() {}

    public static Mapped map(Throwable error, String requestLine) {
        if (error instanceof ApiProblem p) {
            return mapped(p.status(), p.getMessage(), p.errors());
        }
        if (error instanceof InvalidInputException e) {
            return mapped(400, e.getMessage(), e.errors());
        }
        if (error instanceof NotFoundException e) {
            return mapped(404, e.getMessage(), List.of());
        }
        if (error instanceof ConflictException e) {
            return mapped(409, e.getMessage(), List.of());
        }
        if (error instanceof ForbiddenException e) {
            return mapped(403, e.getMessage(), List.of());
        }
        if (error instanceof TransientException e) {
            LOG.warn("{} failed temporarily: {}", requestLine, e.getMessage());
            return mapped(503, e.getMessage(), List.of());
        }
        if (error instanceof JsonProcessingException e) {
            return mapped(400, describe(e), List.of());
        }
        LOG.error("{} failed", requestLine, error);
        return mapped(
                500,
                "The server could not complete the request because of an unexpected error; the"
                        + " server log has the details.",
                List.of());
    }

    /**
     * What is wrong with a JSON body, by location and property path only: the parser's own message
     * may quote the body, which can hold secrets.
     */
    static String describe(JsonProcessingException e) {
        String where =
                e.getLocation() == null
                        ? ""
                        : " at line "
                                + e.getLocation().getLineNr()
                                + ", column "
                                + e.getLocation().getColumnNr();
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String path =
                    m.getPath().stream()
                            .map(
                                    r ->
                                            r.getFieldName() != null
                                                    ? r.getFieldName()
                                                    : "[" + r.getIndex() + "]")
                            .collect(Collectors.joining("."))
                            .replace(".[", "[");
            return "The request body has a value of the wrong type for '"
                    + path
                    + "'"
                    + where
                    + ".";
        }
        return "The request body is not valid JSON" + where + ".";
    }

    private static Mapped mapped(int status, String message, List<String> errors) {
        String text = message == null || message.isBlank() ? defaultMessage(status) : message;
        return new Mapped(status, ErrorBody.of(text, errors));
    }

    private static String defaultMessage(int status) {
        return switch (status) {
            case 400 -> "The request is not valid.";
            case 401 -> "You must provide a valid API key.";
            case 403 -> "You do not have permission to perform this action.";
            case 404 -> "The resource was not found.";
            case 409 -> "The request conflicts with the current state.";
            default -> "The request failed.";
        };
    }
}

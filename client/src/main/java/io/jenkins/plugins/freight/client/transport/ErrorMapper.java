package io.jenkins.plugins.freight.client.transport;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.jenkins.plugins.freight.client.error.AuthenticationException;
import io.jenkins.plugins.freight.client.error.FreightClientException;
import io.jenkins.plugins.freight.client.error.NetworkException;
import io.jenkins.plugins.freight.client.error.RequestRejectedException;
import io.jenkins.plugins.freight.client.error.ResourceNotFoundException;
import io.jenkins.plugins.freight.client.error.ServerErrorException;
import io.jenkins.plugins.freight.client.error.UnexpectedResponseException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLException;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** The one place where a response (or its absence) becomes a typed exception. */
final class ErrorMapper {

    private static final int MAX_TEXT = 500;

    /** The Octopus error body; only these two fields matter to clients. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ErrorBody(String errorMessage, List<String> errors) {}

    private final String server;
    private final Redactor redactor;

    ErrorMapper(String server, Redactor redactor) {
        this.server = server;
        this.redactor = redactor;
    }

    FreightClientException fromResponse(Request request, Response response) {
        int code = response.code();
        ErrorBody body = readErrorBody(response);
        String serverMessage = redactor.redact(body.errorMessage());
        List<String> errors =
                body.errors() == null
                        ? List.of()
                        : body.errors().stream().map(redactor::redact).toList();
        String what = describe(request);
        String suffix = suffix(serverMessage, errors);
        if (code == 401) {
            return new AuthenticationException(
                    "The server at " + server + " did not accept the API key (HTTP 401)." + suffix,
                    code,
                    serverMessage,
                    errors);
        }
        if (code == 403) {
            return new AuthenticationException(
                    "The API key's user is not allowed to " + what + " (HTTP 403)." + suffix,
                    code,
                    serverMessage,
                    errors);
        }
        if (code == 404) {
            return new ResourceNotFoundException(
                    "The server has nothing at " + what + " (HTTP 404)." + suffix,
                    code,
                    serverMessage,
                    errors);
        }
        if (code == 400 || code == 409 || code == 422) {
            return new RequestRejectedException(
                    "The server rejected " + what + " (HTTP " + code + ")." + suffix,
                    code,
                    serverMessage,
                    errors);
        }
        if (code >= 500) {
            return new ServerErrorException(
                    "The server failed to handle " + what + " (HTTP " + code + ")." + suffix,
                    code,
                    serverMessage,
                    errors);
        }
        return new UnexpectedResponseException(
                "The server answered " + what + " with an unexpected HTTP " + code + "." + suffix,
                code,
                serverMessage,
                errors);
    }

    FreightClientException fromIOException(Request request, IOException e) {
        String reason = redactor.redact(e.getMessage() == null ? "" : e.getMessage());
        String message;
        if (e instanceof SocketTimeoutException) {
            message =
                    "The server at "
                            + server
                            + " did not answer "
                            + describe(request)
                            + " in time.";
        } else if (e instanceof ConnectException) {
            message = "Could not connect to the server at " + server + " (" + reason + ").";
        } else if (e instanceof UnknownHostException) {
            message = "The server's host name in " + server + " could not be resolved.";
        } else if (e instanceof SSLException) {
            message =
                    "The TLS connection to "
                            + server
                            + " failed; trust the server's certificate authority or check the"
                            + " address ("
                            + reason
                            + ").";
        } else if (e instanceof InterruptedIOException) {
            message = "The request " + describe(request) + " was interrupted.";
        } else {
            message =
                    "The connection to "
                            + server
                            + " failed during "
                            + describe(request)
                            + " ("
                            + e.getClass().getSimpleName()
                            + (reason.isEmpty() ? "" : ": " + reason)
                            + ").";
        }
        return new NetworkException(message, null);
    }

    UnexpectedResponseException malformed(Request request, String problem) {
        return new UnexpectedResponseException(
                "The server's answer to "
                        + describe(request)
                        + " is not what a Freight or Octopus server sends: "
                        + redactor.redact(problem),
                0,
                null,
                List.of());
    }

    static String describe(Request request) {
        return request.method() + " " + request.url().encodedPath();
    }

    /** The server's message and its errors, each said once (Freight repeats a lone error). */
    private static String suffix(String serverMessage, List<String> errors) {
        StringBuilder text = new StringBuilder();
        String message = serverMessage == null ? "" : serverMessage.strip();
        if (!message.isEmpty()) {
            text.append(" Server says: ").append(message);
        }
        List<String> others =
                errors.stream()
                        .map(String::strip)
                        .filter(e -> !e.isEmpty() && !e.equals(message))
                        .distinct()
                        .toList();
        if (!others.isEmpty()) {
            text.append(" Errors: ").append(String.join("; ", others));
        }
        return text.toString();
    }

    private static ErrorBody readErrorBody(Response response) {
        ResponseBody body = response.body();
        String text;
        try {
            text = body.string();
        } catch (IOException e) {
            return new ErrorBody(null, List.of());
        }
        if (text.isBlank()) {
            return new ErrorBody(null, List.of());
        }
        MediaType type = body.contentType();
        String subtype = type == null ? "" : type.subtype().toLowerCase(Locale.ROOT);
        if (subtype.contains("json") || text.stripLeading().startsWith("{")) {
            try {
                return Json.mapper().readValue(text, ErrorBody.class);
            } catch (IOException e) {
                return new ErrorBody(truncate(text), List.of());
            }
        }
        if (subtype.contains("html")) {
            return new ErrorBody(null, List.of());
        }
        return new ErrorBody(truncate(text), List.of());
    }

    private static String truncate(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_TEXT ? oneLine : oneLine.substring(0, MAX_TEXT) + "…";
    }
}

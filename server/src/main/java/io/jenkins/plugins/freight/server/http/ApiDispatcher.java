package io.jenkins.plugins.freight.server.http;

import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Serves {@code /api/...}: applies {@code X-HTTP-Method-Override}, authenticates (every path but
 * the root document needs an API key), finds the space a path addresses, routes to a handler,
 * renders its reply, and maps every error through {@link ErrorMapper}.
 */
public final class ApiDispatcher {

    /** Bodies up to this size are read to the end before an error answer (see drainSmallBody). */
    private static final long MAX_DRAINED_BODY = 1 << 20;

    private static final Pattern SPACE_ID = Pattern.compile("(?i)spaces-\\d+");
    private static final String JSON_TYPE = "application/json; charset=utf-8";

    private final Router router;
    private final Handler rootDocument;
    private final Authenticator authenticator;
    private final SpaceLookup spaces;
    private final long maxJsonBytes;

    public ApiDispatcher(
            Router router,
            Handler rootDocument,
            Authenticator authenticator,
            SpaceLookup spaces,
            long maxJsonBytes) {
        this.router = router;
        this.rootDocument = rootDocument;
        this.authenticator = authenticator;
        this.spaces = spaces;
        this.maxJsonBytes = maxJsonBytes;
    }

    /**
     * Answers one request.
     *
     * @param base the mount point (context and servlet path), for links
     * @param segments the decoded path segments after {@code /api}
     * @return the authenticated caller, or null (for the request log)
     */
    public Caller service(
            HttpServletRequest req, HttpServletResponse resp, String base, List<String> segments)
            throws IOException {
        Caller caller = null;
        try {
            String method = effectiveMethod(req);
            QueryParameters query = QueryParameters.parse(req.getQueryString());
            Links links = new Links(base);
            Reply reply;
            if (segments.isEmpty()) {
                if (!method.equals("GET") && !method.equals("HEAD")) {
                    throw new ApiProblem(405, "The method " + method + " is not allowed here.");
                }
                reply =
                        rootDocument.handle(
                                new ApiRequest(
                                        req,
                                        method,
                                        Map.of(),
                                        query,
                                        links,
                                        null,
                                        null,
                                        false,
                                        maxJsonBytes));
            } else {
                caller = authenticate(req, query);
                reply = route(req, method, segments, query, links, caller);
            }
            write(resp, reply);
        } catch (Throwable error) {
            ErrorMapper.Mapped mapped =
                    ErrorMapper.map(error, req.getMethod() + " " + req.getRequestURI());
            if (!resp.isCommitted()) {
                resp.reset();
                drainSmallBody(req);
                write(resp, new Reply(mapped.status(), mapped.body()));
            }
        }
        return caller;
    }

    /**
     * Reads what a refused request left of a small body, so the client's connection stays usable:
     * otherwise the container may close it after the answer while the client, reusing it for its
     * next request, is already writing. Large bodies are left for the container to cut off.
     */
    private static void drainSmallBody(HttpServletRequest req) {
        long length = req.getContentLengthLong();
        if (length <= 0 || length > MAX_DRAINED_BODY) {
            return;
        }
        try {
            req.getInputStream().transferTo(OutputStream.nullOutputStream());
        } catch (IOException | IllegalStateException e) {
            // the body was read as text, or the client went away: nothing to keep open
        }
    }

    private Reply route(
            HttpServletRequest req,
            String method,
            List<String> segments,
            QueryParameters query,
            Links links,
            Caller caller)
            throws IOException {
        Optional<Router.Match> system = router.match(Router.Scope.SYSTEM, method, segments);
        if (system.isPresent()) {
            return system.get()
                    .handler()
                    .handle(
                            new ApiRequest(
                                    req,
                                    method,
                                    system.get().pathParameters(),
                                    query,
                                    links,
                                    caller,
                                    null,
                                    false,
                                    maxJsonBytes));
        }
        String spaceIdentifier = null;
        List<String> rest = segments;
        if (segments.size() >= 3 && segments.get(0).equalsIgnoreCase("spaces")) {
            spaceIdentifier = segments.get(1);
            rest = segments.subList(2, segments.size());
        } else if (SPACE_ID.matcher(segments.get(0)).matches()) {
            spaceIdentifier = "Spaces-" + segments.get(0).substring("spaces-".length());
            rest = segments.subList(1, segments.size());
        }
        Router.Match match =
                router.match(Router.Scope.SPACE, method, rest)
                        .orElseThrow(
                                () ->
                                        new NotFoundException(
                                                "There is no resource at /api/"
                                                        + String.join("/", segments)
                                                        + "."));
        String spaceId =
                spaceIdentifier == null ? spaces.defaultSpaceId() : spaces.resolve(spaceIdentifier);
        return match.handler()
                .handle(
                        new ApiRequest(
                                req,
                                method,
                                match.pathParameters(),
                                query,
                                links,
                                caller,
                                spaceId,
                                spaceIdentifier != null,
                                maxJsonBytes));
    }

    private Caller authenticate(HttpServletRequest req, QueryParameters query) {
        String key = credentials(req, query);
        if (key == null) {
            throw new ApiProblem(
                    401,
                    "You must be logged in to perform this action. Please provide a valid API key"
                            + " in the X-Octopus-ApiKey header.");
        }
        return authenticator
                .authenticate(key, req.getRemoteAddr())
                .orElseThrow(
                        () ->
                                new ApiProblem(
                                        401,
                                        "The API key you provided was not valid. Please"
                                                + " double-check your API key and try again."));
    }

    /** The API key from the header, the {@code apikey} query parameter or a bearer token. */
    static String credentials(HttpServletRequest req, QueryParameters query) {
        String header = req.getHeader("X-Octopus-ApiKey");
        if (header != null && !header.isBlank()) {
            return header.strip();
        }
        String parameter = query.nonBlank("apikey");
        if (parameter != null) {
            return parameter.strip();
        }
        String authorization = req.getHeader("Authorization");
        if (authorization != null
                && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && !authorization.substring(7).isBlank()) {
            return authorization.substring(7).strip();
        }
        return null;
    }

    static String effectiveMethod(HttpServletRequest req) {
        String method = req.getMethod().toUpperCase(Locale.ROOT);
        String override = req.getHeader("X-HTTP-Method-Override");
        if (method.equals("POST") && override != null && !override.isBlank()) {
            String wanted = override.strip().toUpperCase(Locale.ROOT);
            if (!List.of("PUT", "DELETE", "PATCH", "POST").contains(wanted)) {
                throw ApiProblem.badRequest(
                        "X-HTTP-Method-Override must be PUT, DELETE, PATCH or POST.");
            }
            return wanted;
        }
        return method;
    }

    private static void write(HttpServletResponse resp, Reply reply) throws IOException {
        resp.setStatus(reply.status());
        Object body = reply.body();
        if (body == null) {
            resp.setContentLength(0);
            return;
        }
        if (body instanceof Reply.Download download) {
            resp.setContentType("application/octet-stream");
            resp.setContentLengthLong(download.length());
            resp.setHeader(
                    "Content-Disposition",
                    "attachment; filename=\"" + download.fileName().replace("\"", "") + "\"");
            try (java.io.InputStream in = download.content().open();
                    OutputStream out = resp.getOutputStream()) {
                in.transferTo(out);
            }
            return;
        }
        if (body instanceof Reply.Text text) {
            byte[] bytes = text.text().getBytes(StandardCharsets.UTF_8);
            resp.setContentType("text/plain; charset=utf-8");
            resp.setContentLength(bytes.length);
            resp.getOutputStream().write(bytes);
            return;
        }
        byte[] json = Json.mapper().writeValueAsBytes(body);
        resp.setContentType(JSON_TYPE);
        resp.setContentLength(json.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(json);
        }
    }
}

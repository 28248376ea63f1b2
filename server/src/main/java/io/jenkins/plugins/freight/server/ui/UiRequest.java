package io.jenkins.plugins.freight.server.ui;

import io.jenkins.plugins.freight.engine.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One UI request as a handler sees it: who asks (the signed-in user's {@link Caller}, which every
 * engine call gets), the path's parameters, form fields, and ways to answer (render a template,
 * redirect).
 */
public final class UiRequest {

    /** The form field (or {@code X-CSRF-Token} header) every POST must carry. */
    public static final String CSRF_FIELD = "_csrf";

    private final HttpServletRequest req;
    private final HttpServletResponse resp;
    private final UiLinks links;
    private final Templates templates;
    private final Caller caller;
    private final String csrfToken;
    private final Map<String, String> pathParameters;
    private final Navigation navigation;

    UiRequest(
            HttpServletRequest req,
            HttpServletResponse resp,
            UiLinks links,
            Templates templates,
            Caller caller,
            String csrfToken,
            Map<String, String> pathParameters,
            Navigation navigation) {
        this.req = req;
        this.resp = resp;
        this.links = links;
        this.templates = templates;
        this.caller = caller;
        this.csrfToken = csrfToken;
        this.pathParameters = Map.copyOf(pathParameters);
        this.navigation = navigation;
    }

    /** The signed-in user (null only on the sign-in routes). */
    public Caller caller() {
        return caller;
    }

    public UiLinks links() {
        return links;
    }

    /** The space in the path. */
    public String spaceId() {
        return path("space");
    }

    /** A parameter of the route's pattern, e.g. {@code task} in {@code {space}/tasks/{task}}. */
    public String path(String name) {
        String value = pathParameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("The route has no parameter " + name);
        }
        return value;
    }

    /** A query or form field, stripped; null when absent or blank. */
    public String param(String name) {
        String value = req.getParameter(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip();
    }

    /** A form field that must be present, or a 400 naming it. */
    public String requiredParam(String name, String label) {
        String value = param(name);
        if (value == null) {
            throw UiProblem.badRequest(label + " is required.");
        }
        return value;
    }

    /** The client's address (for the audit log through the caller). */
    public String address() {
        return req.getRemoteAddr();
    }

    /** Whether htmx asked for a fragment (it sends {@code HX-Request: true}). */
    public boolean isFragmentRequest() {
        return "true".equals(req.getHeader("HX-Request"));
    }

    /** The layout's model for a page of this request. */
    public PageFrame frame(String title, String section) {
        String spaceId = pathParameters.getOrDefault("space", null);
        return new PageFrame(
                title,
                links,
                spaceId,
                caller == null ? null : caller.username(),
                csrfToken,
                section,
                navigation.sections(caller, spaceId));
    }

    /** A query or form field given several times (e.g. checked boxes), stripped, blanks dropped. */
    public java.util.List<String> params(String name) {
        String[] values = req.getParameterValues(name);
        if (values == null) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(values)
                .filter(v -> v != null && !v.isBlank())
                .map(String::strip)
                .toList();
    }

    /** Sends a download: {@code text/csv} as an attachment named {@code fileName}. */
    public void csv(String fileName, String csv) throws IOException {
        byte[] body = csv.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(200);
        resp.setContentType("text/csv; charset=utf-8");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** Renders {@code template} with its model as the 200 response. */
    public void render(String template, Object model) throws IOException {
        render(200, template, model);
    }

    public void render(int status, String template, Object model) throws IOException {
        byte[] html = templates.render(template, model).getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setContentLength(html.length);
        resp.getOutputStream().write(html);
    }

    /** Sends the browser on with 303 See Other (so a reload never repeats a POST). */
    public void redirect(String location) {
        resp.setStatus(303);
        resp.setHeader("Location", location);
        resp.setContentLength(0);
    }

    /** The servlet request, for session handling (sign-in, sign-out). */
    public HttpServletRequest servletRequest() {
        return req;
    }

    /** The servlet response, for session handling (sign-in, sign-out). */
    public HttpServletResponse servletResponse() {
        return resp;
    }
}

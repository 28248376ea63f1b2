package io.jenkins.plugins.freight.server;

import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.server.http.ApiDispatcher;
import io.jenkins.plugins.freight.server.http.ApiProblem;
import io.jenkins.plugins.freight.server.http.ErrorMapper;
import io.jenkins.plugins.freight.server.http.Json;
import io.jenkins.plugins.freight.server.ops.HealthCheck;
import io.jenkins.plugins.freight.server.ops.RequestLog;
import io.jenkins.plugins.freight.server.ops.ServerMetrics;
import io.jenkins.plugins.freight.server.ui.UiDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one servlet of the HTTP face: {@code /api/...} (the Octopus-compatible API and Freight's
 * extensions), {@code /app/...} (the web UI), {@code /health} and {@code /metrics}. It works
 * wherever it is mounted: every link it writes starts with the request's context and servlet path,
 * so the same servlet serves at {@code /} standalone and under a prefix inside Jenkins.
 */
public final class FreightServlet extends HttpServlet {

    private final transient ApiDispatcher api;
    private final transient HealthCheck health;
    private final transient ServerMetrics metrics;
    private final transient UiDispatcher ui;
    private final transient RequestLog requestLog = new RequestLog();

    FreightServlet(ApiDispatcher api, HealthCheck health, ServerMetrics metrics, UiDispatcher ui) {
        this.api = api;
        this.health = health;
        this.metrics = metrics;
        this.ui = ui;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        long start = System.nanoTime();
        Caller caller = null;
        String base = req.getContextPath() + req.getServletPath();
        String path = relativePath(req);
        try {
            List<String> segments = segments(path);
            if (!segments.isEmpty() && segments.get(0).equals("api")) {
                caller = api.service(req, resp, base, segments.subList(1, segments.size()));
            } else if (!segments.isEmpty() && segments.get(0).equals("app")) {
                caller = ui.service(req, resp, base, segments.subList(1, segments.size()));
            } else if (path.equals("/") && "GET".equals(req.getMethod())) {
                resp.sendRedirect(base + "/app/");
            } else if (path.equals("/health")) {
                health.write(resp);
            } else if (path.equals("/metrics")) {
                writeText(resp, 200, metrics.scrape(), "text/plain; version=0.0.4; charset=utf-8");
            } else {
                writeError(resp, new ApiProblem(404, "There is no resource at this address."));
            }
        } catch (ApiProblem problem) {
            writeError(resp, problem);
        } finally {
            long nanos = System.nanoTime() - start;
            metrics.observe(resp.getStatus(), nanos, !path.endsWith("/follow"));
            requestLog.log(
                    req.getMethod(),
                    req.getRequestURI(),
                    req.getQueryString(),
                    resp.getStatus(),
                    nanos,
                    caller,
                    req.getRemoteAddr());
        }
    }

    public ServerMetrics metrics() {
        return metrics;
    }

    /** The still-encoded path after the mount point, e.g. {@code /api/Spaces-1/projects}. */
    private static String relativePath(HttpServletRequest req) {
        String uri = req.getRequestURI();
        String prefix = req.getContextPath() + req.getServletPath();
        String rest = uri.startsWith(prefix) ? uri.substring(prefix.length()) : uri;
        return rest.isEmpty() ? "/" : rest;
    }

    /**
     * Decoded path segments; a trailing slash adds nothing ({@code /api/} is {@code /api}). Dot
     * segments are refused, so no name in a path can climb out of its collection.
     */
    static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        String[] raw = path.split("/", -1);
        for (int i = 1; i < raw.length; i++) {
            if (raw[i].isEmpty() && i == raw.length - 1) {
                break;
            }
            String segment;
            try {
                segment = URLDecoder.decode(raw[i].replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw ApiProblem.badRequest("The request path is not correctly URL-encoded.");
            }
            if (segment.equals(".")
                    || segment.equals("..")
                    || segment.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                throw ApiProblem.badRequest("The request path contains a forbidden segment.");
            }
            segments.add(segment);
        }
        return segments;
    }

    private static void writeError(HttpServletResponse resp, Throwable error) throws IOException {
        ErrorMapper.Mapped mapped = ErrorMapper.map(error, "request");
        byte[] json = Json.mapper().writeValueAsBytes(mapped.body());
        resp.setStatus(mapped.status());
        resp.setContentType("application/json; charset=utf-8");
        resp.setContentLength(json.length);
        resp.getOutputStream().write(json);
    }

    private static void writeText(HttpServletResponse resp, int status, String text, String type)
            throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType(type);
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }
}

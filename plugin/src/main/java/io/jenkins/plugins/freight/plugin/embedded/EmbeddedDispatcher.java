package io.jenkins.plugins.freight.plugin.embedded;

import io.jenkins.plugins.freight.plugin.Messages;
import io.jenkins.plugins.freight.server.FreightServlet;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;

/**
 * Hands a request Jenkins received under {@code <context>/freight/...} to the engine's servlet: the
 * servlet sees itself mounted at {@code /freight} (so every link it writes points back through
 * Jenkins), and a signed-in Jenkins user's request carries that user's session key. Access follows
 * {@link EmbeddedAccess}.
 */
public final class EmbeddedDispatcher {

    public static final String API_KEY_HEADER = "X-Octopus-ApiKey";

    private final FreightServlet servlet;
    private final JenkinsUsers users;
    private final String mountPath;

    /**
     * @param mountPath where Jenkins serves the engine below its context path, e.g. {@code
     *     /freight}
     */
    public EmbeddedDispatcher(FreightServlet servlet, JenkinsUsers users, String mountPath) {
        this.servlet = servlet;
        this.users = users;
        this.mountPath = mountPath;
    }

    public void dispatch(HttpServletRequest req, HttpServletResponse resp, JenkinsIdentity who)
            throws IOException, ServletException {
        boolean hasKey =
                EmbeddedAccess.carriesApiKey(
                        req.getHeader(API_KEY_HEADER),
                        req.getQueryString(),
                        req.getHeader("Authorization"));
        Mounted mounted = new Mounted(req, mountPath, null);
        String path = mounted.getPathInfo() == null ? "" : mounted.getPathInfo();
        switch (EmbeddedAccess.decide(
                req.getMethod(),
                EmbeddedAccess.isPublicPath(req.getMethod(), path),
                hasKey,
                who.isAnonymous(),
                who.administrator(),
                who.canRead())) {
            case PASS_API_KEY -> servlet.service(mounted, resp);
            case ACT_AS_USER ->
                    servlet.service(
                            new Mounted(
                                    req,
                                    mountPath,
                                    users.sessionKey(
                                            who.userId(), who.displayName(), who.administrator())),
                            resp);
            case UNAUTHORIZED -> refuse(resp, 401, Messages.Embedded_SignIn());
            case FORBIDDEN -> refuse(resp, 403, Messages.Embedded_AdministratorsOnly());
        }
    }

    private static void refuse(HttpServletResponse resp, int status, String message)
            throws IOException {
        byte[] body =
                ("{\"ErrorMessage\":\"" + message.replace("\"", "\\\"") + "\",\"Errors\":[]}")
                        .getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("application/json; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** The request as the servlet should see it. */
    static final class Mounted extends HttpServletRequestWrapper {
        private final String mountPath;
        private final String apiKey;

        Mounted(HttpServletRequest request, String mountPath, String apiKey) {
            super(request);
            this.mountPath = mountPath;
            this.apiKey = apiKey;
        }

        @Override
        public String getServletPath() {
            return mountPath;
        }

        @Override
        public String getPathInfo() {
            String prefix = getContextPath() + mountPath;
            String uri = getRequestURI();
            return uri.startsWith(prefix) ? uri.substring(prefix.length()) : null;
        }

        @Override
        public String getHeader(String name) {
            if (apiKey != null && API_KEY_HEADER.equalsIgnoreCase(name)) {
                return apiKey;
            }
            return super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (apiKey != null && API_KEY_HEADER.equalsIgnoreCase(name)) {
                return Collections.enumeration(java.util.List.of(apiKey));
            }
            return super.getHeaders(name);
        }
    }
}

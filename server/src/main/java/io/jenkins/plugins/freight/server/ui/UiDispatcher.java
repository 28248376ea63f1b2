package io.jenkins.plugins.freight.server.ui;

import io.jenkins.plugins.freight.engine.error.ForbiddenException;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.SignInService;
import io.jenkins.plugins.freight.server.ui.login.Sessions;
import io.jenkins.plugins.freight.server.ui.login.UiSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The web UI's entry point under {@code /app}: static files, the sign-in routes, and every page,
 * which need a signed-in session. The engine's {@link SignInService} says who a session's caller is
 * (so signing out, expiry and deactivation apply at once) and checks the CSRF token of each POST.
 * Every page calls the engine with the signed-in user's {@link Caller}, so permissions apply
 * exactly as for the REST API.
 */
public final class UiDispatcher {

    private static final String SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                    + " object-src 'none'; base-uri 'none'; form-action 'self';"
                    + " frame-ancestors 'self'";

    private final UiRoutes routes;
    private final Templates templates;
    private final Sessions sessions;
    private final SignInService signIn;
    private final Navigation navigation;
    private final StaticAssets assets = new StaticAssets();

    UiDispatcher(
            UiRoutes routes,
            Templates templates,
            Sessions sessions,
            SignInService signIn,
            Navigation navigation) {
        this.routes = routes;
        this.templates = templates;
        this.sessions = sessions;
        this.signIn = signIn;
        this.navigation = navigation;
    }

    /**
     * Serves one request below the UI's mount point.
     *
     * @param base the servlet's context and servlet path, e.g. {@code /jenkins/freight}
     * @param segments the decoded path segments after {@code /app}
     * @return the caller who made the request, for the request log; null when anonymous
     */
    public Caller service(
            HttpServletRequest req, HttpServletResponse resp, String base, List<String> segments)
            throws IOException {
        UiLinks links = UiLinks.under(base);
        if (!segments.isEmpty() && segments.get(0).equals("static") && segments.size() == 2) {
            assets.serve(segments.get(1), resp);
            return null;
        }
        resp.setHeader("Content-Security-Policy", SECURITY_POLICY);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "same-origin");
        resp.setHeader("Cache-Control", "no-store");
        Optional<UiSession> session = sessions.read(req);
        Caller caller =
                session.filter(UiSession::isSignedIn)
                        .flatMap(
                                s ->
                                        signIn.authenticate(
                                                s.sessionToken(), null, false, req.getRemoteAddr()))
                        .orElse(null);
        if (caller == null && session.isPresent() && session.get().isSignedIn()) {
            // signed out elsewhere, expired, or the user was deactivated
            sessions.signOut(session.get(), req, resp, links);
            session = Optional.empty();
        }
        String csrf = session.map(sessions::csrfToken).orElse(null);
        UiRequest page =
                new UiRequest(req, resp, links, templates, caller, csrf, Map.of(), navigation);
        try {
            UiRoutes.Match match =
                    routes.match(req.getMethod(), segments).orElseThrow(UiProblem::notFound);
            if (match.route().audience() == UiRoutes.Audience.SIGNED_IN && caller == null) {
                askToSignIn(req, resp, links);
                return null;
            }
            if ("POST".equals(req.getMethod()) && !hasValidToken(req, session)) {
                throw new UiProblem(
                        403,
                        "The form has expired or did not come from this site; reload the page and"
                                + " try again.");
            }
            page =
                    new UiRequest(
                            req,
                            resp,
                            links,
                            templates,
                            caller,
                            csrf,
                            match.parameters(),
                            navigation);
            match.route().handler().handle(page);
        } catch (RuntimeException e) {
            if (resp.isCommitted()) {
                throw e;
            }
            resp.reset();
            resp.setHeader("Content-Security-Policy", SECURITY_POLICY);
            resp.setHeader("Cache-Control", "no-store");
            ErrorPage error =
                    ErrorPage.of(e, page.frame("Error", ""), req.getMethod() + " " + segments);
            page.render(
                    error.status(),
                    page.isFragmentRequest() ? "error/fragment.jte" : "error/error.jte",
                    error);
        }
        return caller;
    }

    private boolean hasValidToken(HttpServletRequest req, Optional<UiSession> session) {
        if (session.isEmpty()) {
            return false;
        }
        String token = req.getParameter(UiRequest.CSRF_FIELD);
        if (token == null) {
            token = req.getHeader("X-CSRF-Token");
        }
        if (!session.get().isSignedIn()) {
            return sessions.isAnonymousCsrfToken(session.get(), token);
        }
        try {
            return token != null
                    && signIn.authenticate(
                                    session.get().sessionToken(), token, true, req.getRemoteAddr())
                            .isPresent();
        } catch (ForbiddenException e) {
            return false;
        }
    }

    private static void askToSignIn(
            HttpServletRequest req, HttpServletResponse resp, UiLinks links) {
        String back = "GET".equals(req.getMethod()) ? req.getRequestURI() : links.home();
        if (req.getQueryString() != null && "GET".equals(req.getMethod())) {
            back += "?" + req.getQueryString();
        }
        String login = links.login() + "?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
        if ("true".equals(req.getHeader("HX-Request"))) {
            resp.setStatus(401);
            resp.setHeader("HX-Redirect", login);
        } else {
            resp.setStatus(303);
            resp.setHeader("Location", login);
        }
        resp.setContentLength(0);
    }
}

package io.jenkins.plugins.freight.server.ui.login;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.security.SignInService;
import io.jenkins.plugins.freight.engine.security.SignedIn;
import io.jenkins.plugins.freight.server.ui.PageFrame;
import io.jenkins.plugins.freight.server.ui.UiRequest;
import io.jenkins.plugins.freight.server.ui.UiRoutes;
import java.io.IOException;
import java.util.Set;

/**
 * Signing in with username and password through the engine's {@link SignInService} (Argon2id
 * hashes, throttling of repeated failures, audited) and out.
 */
public final class LoginPages {

    /** How the engine's throttling message starts; the page answers it with 429. */
    static final String THROTTLED_PREFIX = "Too many failed sign-in attempts";

    private final Sessions sessions;
    private final SignInService signIn;

    public LoginPages(Sessions sessions, SignInService signIn) {
        this.sessions = sessions;
        this.signIn = signIn;
    }

    public void register(UiRoutes routes) {
        routes.getForAnyone("login", this::form)
                .postForAnyone("login", this::signIn)
                .post("logout", this::signOut);
    }

    private void form(UiRequest r) throws IOException {
        String next = next(r);
        if (r.caller() != null) {
            r.redirect(next.isEmpty() ? r.links().home() : next);
            return;
        }
        UiSession session =
                sessions.read(r.servletRequest())
                        .filter(s -> !s.isSignedIn())
                        .orElseGet(
                                () ->
                                        sessions.startAnonymous(
                                                r.servletRequest(),
                                                r.servletResponse(),
                                                r.links()));
        r.render("login/login.jte", new LoginPage(frame(r, session), "", next, null));
    }

    private void signIn(UiRequest r) throws IOException {
        String username = r.param("username");
        String password = r.servletRequest().getParameter("password");
        String next = next(r);
        UiSession session = sessions.read(r.servletRequest()).orElseThrow();
        String shownName = username == null ? "" : username;
        if (username == null || password == null || password.isEmpty()) {
            r.render(
                    400,
                    "login/login.jte",
                    new LoginPage(
                            frame(r, session),
                            shownName,
                            next,
                            "Enter your username and password."));
            return;
        }
        SignedIn signedIn;
        try {
            signedIn = signIn.signIn(username, password, r.address());
        } catch (InvalidInputException e) {
            boolean throttled = e.getMessage().startsWith(THROTTLED_PREFIX);
            r.render(
                    throttled ? 429 : 401,
                    "login/login.jte",
                    new LoginPage(frame(r, session), shownName, next, e.getMessage()));
            return;
        }
        sessions.signIn(r.servletRequest(), r.servletResponse(), r.links(), signedIn);
        r.redirect(next.isEmpty() ? r.links().home() : next);
    }

    private void signOut(UiRequest r) {
        sessions.read(r.servletRequest())
                .ifPresent(
                        s -> {
                            signIn.signOut(s.sessionToken(), r.address());
                            sessions.signOut(s, r.servletRequest(), r.servletResponse(), r.links());
                        });
        r.redirect(r.links().login());
    }

    private PageFrame frame(UiRequest r, UiSession session) {
        return new PageFrame(
                "Sign in", r.links(), null, null, sessions.csrfToken(session), "login", Set.of());
    }

    /** The {@code next} address if it stays inside the UI; empty otherwise. */
    private static String next(UiRequest r) {
        String next = r.param("next");
        return r.links().isInside(next) ? next : "";
    }
}

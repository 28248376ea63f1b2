package io.jenkins.plugins.freight.server.ui.login;

import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.server.ui.PageFrame;
import io.jenkins.plugins.freight.server.ui.UiRequest;
import io.jenkins.plugins.freight.server.ui.UiRoutes;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/** Signing in (username and password, throttled) and out. */
public final class LoginPages {

    static final String WRONG = "The username or password is incorrect.";

    private final Sessions sessions;
    private final PasswordCheck passwords;
    private final LoginThrottle throttle;

    public LoginPages(Sessions sessions, PasswordCheck passwords, LoginThrottle throttle) {
        this.sessions = sessions;
        this.passwords = passwords;
        this.throttle = throttle;
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
        Optional<Duration> wait = throttle.waitBeforeAttempt(username, r.address());
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            r.servletResponse().setHeader("Retry-After", Long.toString(seconds));
            r.render(
                    429,
                    "login/login.jte",
                    new LoginPage(
                            frame(r, session),
                            shownName,
                            next,
                            "Too many failed sign-in attempts; try again in "
                                    + seconds
                                    + " seconds."));
            return;
        }
        Optional<Caller> caller = passwords.check(username, password, r.address());
        if (caller.isEmpty()) {
            throttle.failed(username, r.address());
            r.render(
                    401,
                    "login/login.jte",
                    new LoginPage(frame(r, session), shownName, next, WRONG));
            return;
        }
        throttle.succeeded(username);
        sessions.signIn(
                r.servletRequest(),
                r.servletResponse(),
                r.links(),
                caller.get().userId(),
                caller.get().username());
        r.redirect(next.isEmpty() ? r.links().home() : next);
    }

    private void signOut(UiRequest r) {
        sessions.read(r.servletRequest())
                .ifPresent(
                        s ->
                                sessions.signOut(
                                        s, r.servletRequest(), r.servletResponse(), r.links()));
        r.redirect(r.links().login());
    }

    private PageFrame frame(UiRequest r, UiSession session) {
        return new PageFrame(
                "Sign in", r.links(), null, null, sessions.csrfToken(session), "login");
    }

    /** The {@code next} address if it stays inside the UI; empty otherwise. */
    private static String next(UiRequest r) {
        String next = r.param("next");
        return r.links().isInside(next) ? next : "";
    }
}

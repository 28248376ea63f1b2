package io.jenkins.plugins.freight.server.ui.login;

import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.IdentityService;
import io.jenkins.plugins.freight.engine.security.SignInService;
import io.jenkins.plugins.freight.engine.security.SignedIn;
import io.jenkins.plugins.freight.server.ui.UiLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * Signs a browser in as the user whose API key the request carries in the {@value #HEADER} header:
 * how the UI works where a host (the Jenkins plugin) mounts it and passes its signed-in user's key
 * with every request. Only that header counts, never a query or form field, which a link or a
 * cross-site form could carry; a browser never sends it by itself. The key opens an ordinary UI
 * session, so every POST still needs that session's CSRF token: a cross-site POST that arrives with
 * the host's cookie and the injected header gets a fresh session but not its token, and is refused.
 * The key itself goes nowhere: the cookie carries the engine's session token.
 */
public final class ApiKeySignIn {

    public static final String HEADER = "X-Octopus-ApiKey";

    private final IdentityService identity;
    private final SignInService signIn;
    private final Sessions sessions;

    public ApiKeySignIn(IdentityService identity, SignInService signIn, Sessions sessions) {
        this.identity = identity;
        this.signIn = signIn;
        this.sessions = sessions;
    }

    /** The caller the request's key identifies; null without the header or for an invalid key. */
    public Caller keyCaller(HttpServletRequest req) {
        String key = req.getHeader(HEADER);
        if (key == null || key.isBlank()) {
            return null;
        }
        return identity.authenticate(key.strip(), req.getRemoteAddr()).orElse(null);
    }

    /**
     * Opens a UI session for the key's caller and sets its cookie, ending the session the browser
     * had (another user's: the host's user switched). Empty when the engine opens none (a service
     * account's key); then the browser keeps what it had.
     */
    public Optional<UiSession> signIn(
            Caller keyCaller,
            Optional<UiSession> previous,
            HttpServletRequest req,
            HttpServletResponse resp,
            UiLinks links) {
        Optional<SignedIn> opened = signIn.openSession(keyCaller);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        previous.filter(UiSession::isSignedIn)
                .ifPresent(s -> signIn.signOut(s.sessionToken(), req.getRemoteAddr()));
        return Optional.of(sessions.signIn(req, resp, links, opened.get()));
    }
}

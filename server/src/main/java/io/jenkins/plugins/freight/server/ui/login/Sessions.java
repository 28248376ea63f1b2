package io.jenkins.plugins.freight.server.ui.login;

import io.jenkins.plugins.freight.engine.security.SignedIn;
import io.jenkins.plugins.freight.server.ui.UiLinks;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Web UI session cookies ({@value #COOKIE}): HttpOnly, SameSite=Lax, Secure over HTTPS, scoped to
 * the UI's path, signed with a key every node shares (so a restart or another node of the cluster
 * accepts them). A signed-in cookie carries the engine's session (see {@link
 * io.jenkins.plugins.freight.engine.security.SignInService}), which decides who the caller is and
 * checks the CSRF token of every POST; an anonymous cookie only gives the sign-in form its CSRF
 * token. Thread-safe.
 */
public final class Sessions {

    public static final String COOKIE = "freight_session";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SessionCodec codec;
    private final Duration lifetime;
    private final Clock clock;
    private final Map<String, Instant> revoked = new ConcurrentHashMap<>();

    /**
     * @param key at least 32 bytes that sign cookies and derive anonymous CSRF tokens: the engine's
     *     {@code ServerKeys.webSessionKey()}
     */
    public Sessions(byte[] key, Duration lifetime, Clock clock) {
        this.codec = new SessionCodec(key);
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** The request's valid session, if its cookie carries one that is signed, current and live. */
    public Optional<UiSession> read(HttpServletRequest req) {
        Cookie[] cookies = req.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                Optional<UiSession> session =
                        codec.decode(cookie.getValue())
                                .filter(s -> s.expires().isAfter(now))
                                .filter(s -> !revoked.containsKey(s.nonce()));
                if (session.isPresent()) {
                    return session;
                }
            }
        }
        return Optional.empty();
    }

    /** Starts an anonymous session (for the sign-in form's CSRF token) and sets its cookie. */
    public UiSession startAnonymous(
            HttpServletRequest req, HttpServletResponse resp, UiLinks links) {
        return issue(req, resp, links, new UiSession(nonce(), "", "", "", "", expiry()));
    }

    /**
     * Sets the cookie of the engine session just opened (a new nonce and new tokens, so a cookie
     * planted before sign-in is worth nothing after it).
     */
    public UiSession signIn(
            HttpServletRequest req, HttpServletResponse resp, UiLinks links, SignedIn signedIn) {
        Instant expires = expiry();
        if (signedIn.expires().isBefore(expires)) {
            expires = signedIn.expires();
        }
        return issue(
                req,
                resp,
                links,
                new UiSession(
                        nonce(),
                        signedIn.user().id(),
                        signedIn.user().username(),
                        signedIn.sessionToken(),
                        signedIn.csrfToken(),
                        expires));
    }

    /** Ends the session: revoked at once, and the browser told to forget the cookie. */
    public void signOut(
            UiSession session, HttpServletRequest req, HttpServletResponse resp, UiLinks links) {
        Instant now = clock.instant();
        revoked.values().removeIf(expires -> !expires.isAfter(now));
        revoked.put(session.nonce(), session.expires());
        resp.addHeader("Set-Cookie", cookie(req, links, "", 0));
    }

    /** The token forms post back: the engine session's, or the anonymous cookie's own. */
    public String csrfToken(UiSession session) {
        return session.isSignedIn() ? session.csrfToken() : codec.csrfToken(session.nonce());
    }

    /** Whether {@code token} is an anonymous session's CSRF token (the engine checks the rest). */
    public boolean isAnonymousCsrfToken(UiSession session, String token) {
        return !session.isSignedIn() && codec.isCsrfToken(session.nonce(), token);
    }

    private UiSession issue(
            HttpServletRequest req, HttpServletResponse resp, UiLinks links, UiSession session) {
        resp.addHeader(
                "Set-Cookie", cookie(req, links, codec.encode(session), lifetime.toSeconds()));
        return session;
    }

    private static String cookie(
            HttpServletRequest req, UiLinks links, String value, long maxAgeSeconds) {
        return COOKIE
                + "="
                + value
                + "; Path="
                + links.base()
                + "; Max-Age="
                + maxAgeSeconds
                + "; HttpOnly; SameSite=Lax"
                + (req.isSecure() ? "; Secure" : "");
    }

    private Instant expiry() {
        return clock.instant().plus(lifetime);
    }

    private static String nonce() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

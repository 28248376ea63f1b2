package io.jenkins.plugins.freight.server.ui.login;

import java.time.Instant;
import java.util.Objects;

/**
 * A browser's session, carried in a signed cookie. A visitor who has not signed in yet gets an
 * anonymous session (a random nonce the sign-in form's CSRF token is derived from); signing in
 * replaces it with one that carries the engine's session token and its CSRF token. The engine keeps
 * the session itself, so signing out, expiry and deactivation apply on every node.
 *
 * @param nonce random, unique per cookie; a new one is issued at sign-in
 * @param userId {@code Users-N}, or empty while anonymous
 * @param username the signed-in user's name, or empty while anonymous
 * @param sessionToken the engine's session token, or empty while anonymous
 * @param csrfToken the engine's CSRF token of that session, or empty while anonymous
 * @param expires when the cookie ends
 */
public record UiSession(
        String nonce,
        String userId,
        String username,
        String sessionToken,
        String csrfToken,
        Instant expires) {

    public UiSession {
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(sessionToken, "sessionToken");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(expires, "expires");
    }

    public boolean isSignedIn() {
        return !userId.isEmpty() && !sessionToken.isEmpty();
    }

    /** Names the user only: the tokens are secrets. */
    @Override
    public String toString() {
        return "UiSession[user=" + username + ", expires=" + expires + "]";
    }
}

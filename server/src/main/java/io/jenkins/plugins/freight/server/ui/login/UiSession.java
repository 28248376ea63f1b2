package io.jenkins.plugins.freight.server.ui.login;

import java.time.Instant;
import java.util.Objects;

/**
 * A browser's session, carried in a signed cookie: a random nonce (what the CSRF token is derived
 * from), who signed in, and until when the session is valid. A visitor who has not signed in yet
 * gets an anonymous session, so the sign-in form is CSRF-protected too.
 *
 * @param nonce random, unique per session; a new one is issued at sign-in
 * @param userId {@code Users-N}, or empty while anonymous
 * @param username the signed-in user's name, or empty while anonymous
 * @param expires when the session ends
 */
public record UiSession(String nonce, String userId, String username, Instant expires) {

    public UiSession {
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(expires, "expires");
    }

    public boolean isSignedIn() {
        return !userId.isEmpty();
    }

    /** Names the user only: the nonce is what forms are checked against. */
    @Override
    public String toString() {
        return "UiSession[user=" + username + ", expires=" + expires + "]";
    }
}

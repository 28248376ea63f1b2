package io.jenkins.plugins.freight.engine.security;

import java.time.Instant;

/**
 * A web session just opened: the session token (for the cookie) and the CSRF token (for the header
 * of every unsafe request). Only their hashes are stored; {@link #toString()} shows neither.
 */
public record SignedIn(
        User user, String sessionId, String sessionToken, String csrfToken, Instant expires) {

    @Override
    public String toString() {
        return "SignedIn[" + user.username() + ", " + sessionId + ", expires " + expires + "]";
    }
}

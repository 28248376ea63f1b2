package io.jenkins.plugins.freight.server.ui.login;

import io.jenkins.plugins.freight.engine.security.Caller;
import java.util.Optional;

/**
 * Checks what a person typed into the sign-in form. The answer never says whether the username
 * exists.
 */
@FunctionalInterface
public interface PasswordCheck {

    /**
     * The caller these credentials identify, or empty when they do not match an active user.
     *
     * @param address the client's address, for the caller and the audit log
     */
    Optional<Caller> check(String username, String secret, String address);
}

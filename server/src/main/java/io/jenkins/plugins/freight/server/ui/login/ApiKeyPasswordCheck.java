package io.jenkins.plugins.freight.server.ui.login;

import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.IdentityService;
import java.util.Locale;
import java.util.Optional;

/**
 * Signs a person in with their username and one of their API keys as the password: the engine has
 * no user passwords yet, and an API key is a secret only its owner holds. The key must belong to
 * the named user, who must be active.
 */
public final class ApiKeyPasswordCheck implements PasswordCheck {

    private final IdentityService identity;

    public ApiKeyPasswordCheck(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public Optional<Caller> check(String username, String secret, String address) {
        if (username == null || secret == null) {
            return Optional.empty();
        }
        String wanted = username.strip().toLowerCase(Locale.ROOT);
        return identity.authenticate(secret.strip(), address)
                .filter(c -> c.username().toLowerCase(Locale.ROOT).equals(wanted))
                .map(c -> new Caller(c.userId(), c.username(), Caller.Via.SESSION, address));
    }
}

package io.jenkins.plugins.freight.server.http;

import io.jenkins.plugins.freight.engine.security.Caller;
import java.util.Optional;

/** Turns the credentials of a request into a caller. */
@FunctionalInterface
public interface Authenticator {

    /** The caller the API key identifies, or empty when it identifies nobody. */
    Optional<Caller> authenticate(String apiKey, String ipAddress);
}

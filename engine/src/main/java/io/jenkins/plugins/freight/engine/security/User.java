package io.jenkins.plugins.freight.engine.security;

import java.time.Instant;

/**
 * A person or a service account. Service accounts have no password and authenticate with API keys
 * only.
 *
 * @param id {@code Users-N}
 * @param username unique regardless of case
 * @param emailAddress may be empty
 * @param active an inactive user's API keys are refused
 */
public record User(
        String id,
        String username,
        String displayName,
        String emailAddress,
        boolean active,
        boolean service,
        Instant created,
        Instant modified) {}

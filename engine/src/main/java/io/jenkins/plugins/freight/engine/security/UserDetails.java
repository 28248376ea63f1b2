package io.jenkins.plugins.freight.engine.security;

/**
 * What a caller supplies to create or update a user.
 *
 * @param username required; letters, digits and {@code . _ @ -}, at most 200 characters
 * @param displayName required, at most 200 characters
 * @param emailAddress optional
 * @param active whether the user may sign in
 * @param service a service account (write-once: ignored on update)
 */
public record UserDetails(
        String username,
        String displayName,
        String emailAddress,
        boolean active,
        boolean service) {}

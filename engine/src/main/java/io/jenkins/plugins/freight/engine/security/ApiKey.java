package io.jenkins.plugins.freight.engine.security;

import java.time.Instant;

/**
 * An API key as stored: everything but the key itself, of which only a hash is kept.
 *
 * @param id {@code APIKeys-N}
 * @param userId the user the key acts as
 * @param hint the first characters of the key, enough to recognise it and useless to an attacker
 * @param expires null when the key never expires
 * @param revoked null while the key is not revoked
 */
public record ApiKey(
        String id,
        String userId,
        String purpose,
        String hint,
        Instant created,
        Instant expires,
        Instant revoked) {

    /** Whether the key authenticates at {@code now}. */
    public boolean isUsableAt(Instant now) {
        return revoked == null && (expires == null || now.isBefore(expires));
    }
}

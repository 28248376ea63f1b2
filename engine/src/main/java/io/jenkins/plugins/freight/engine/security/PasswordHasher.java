package io.jenkins.plugins.freight.engine.security;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Hashes passwords with Argon2id (memory-hard, the first choice of OWASP's password storage
 * guidance; unlike bcrypt it does not silently ignore input past 72 bytes): 16-byte salt, 32-byte
 * hash, 1 lane, 16 MiB, 2 iterations — Spring Security's current defaults. Hashes carry their
 * parameters, so stronger settings later still verify old hashes.
 */
final class PasswordHasher {

    private final Argon2PasswordEncoder encoder =
            Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

    /** A hash of a hash-shaped dummy password, checked for unknown users to keep timing even. */
    private final String dummy = encoder.encode("freight-dummy-password");

    String hash(String password) {
        return encoder.encode(password);
    }

    /** Constant-time comparison; an unparseable hash never matches. */
    boolean matches(String password, String hash) {
        try {
            return hash != null && encoder.matches(password, hash);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Spends the same effort as a real check, for a user that does not exist. */
    void burn(String password) {
        encoder.matches(password, dummy);
    }
}

package io.jenkins.plugins.freight.server.ui;

import java.time.Duration;

/**
 * How the web UI behaves, built once by whoever hosts it.
 *
 * @param sessionLifetime how long a sign-in lasts (default 8 hours)
 * @param sessionKey at least 32 bytes that sign session cookies; nodes that share it accept each
 *     other's sessions (default: random per process, so sessions end with a restart)
 */
public record UiSettings(Duration sessionLifetime, byte[] sessionKey) {

    public UiSettings {
        if (sessionLifetime.isNegative() || sessionLifetime.isZero()) {
            throw new IllegalArgumentException("sessionLifetime must be positive");
        }
        if (sessionKey.length < 32) {
            throw new IllegalArgumentException("sessionKey must have at least 32 bytes");
        }
        sessionKey = sessionKey.clone();
    }

    public static UiSettings defaults() {
        return new UiSettings(
                Duration.ofHours(8),
                io.jenkins.plugins.freight.server.ui.login.Sessions.randomKey());
    }

    @Override
    public byte[] sessionKey() {
        return sessionKey.clone();
    }

    /** Leaves the key out. */
    @Override
    public String toString() {
        return "UiSettings[sessionLifetime=" + sessionLifetime + "]";
    }
}

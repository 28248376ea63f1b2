package io.jenkins.plugins.freight.server.ui;

import java.time.Duration;

/**
 * How the web UI behaves, built once by whoever hosts it. Session cookies are signed with the
 * engine's shared key ({@link io.jenkins.plugins.freight.engine.serverkey.ServerKeys}), so every
 * node accepts them and they outlive a restart.
 *
 * @param sessionLifetime how long a sign-in lasts (default 8 hours)
 */
public record UiSettings(Duration sessionLifetime) {

    public UiSettings {
        if (sessionLifetime.isNegative() || sessionLifetime.isZero()) {
            throw new IllegalArgumentException("sessionLifetime must be positive");
        }
    }

    public static UiSettings defaults() {
        return new UiSettings(Duration.ofHours(8));
    }
}

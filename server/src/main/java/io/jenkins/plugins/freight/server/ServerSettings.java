package io.jenkins.plugins.freight.server;

import java.time.Duration;

/**
 * How the HTTP face behaves, built once by whoever hosts it (the {@code server} command, the
 * Jenkins plugin, a test).
 *
 * @param maxJsonBytes the largest JSON request body accepted (default 16 MiB; larger is a 413)
 * @param maxFollowWait the longest a live-following request may wait for news (default 60 s)
 */
public record ServerSettings(long maxJsonBytes, Duration maxFollowWait) {

    public ServerSettings {
        if (maxJsonBytes < 1024) {
            throw new IllegalArgumentException("maxJsonBytes must be at least 1024");
        }
        if (maxFollowWait.isNegative() || maxFollowWait.isZero()) {
            throw new IllegalArgumentException("maxFollowWait must be positive");
        }
    }

    public static ServerSettings defaults() {
        return new ServerSettings(16L * 1024 * 1024, Duration.ofSeconds(60));
    }
}

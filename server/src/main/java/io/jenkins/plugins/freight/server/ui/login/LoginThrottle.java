package io.jenkins.plugins.freight.server.ui.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@code freeAttempts} failures for one username (or five times
 * as many from one client address) within the window, further attempts are refused for a delay that
 * doubles with every further failure, up to the window. A successful sign-in clears the username's
 * count. Kept in memory on this node; thread-safe.
 */
public final class LoginThrottle {

    private static final int MAX_TRACKED = 10_000;

    private final Clock clock;
    private final int freeAttempts;
    private final Duration firstDelay;
    private final Duration window;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    /**
     * @param freeAttempts failures allowed before the first delay
     * @param firstDelay the first delay; each further failure doubles it
     * @param window how long failures are remembered, and the longest delay
     */
    public LoginThrottle(Clock clock, int freeAttempts, Duration firstDelay, Duration window) {
        this.clock = clock;
        this.freeAttempts = freeAttempts;
        this.firstDelay = firstDelay;
        this.window = window;
    }

    /** Five free attempts, then 30 seconds doubling up to 15 minutes. */
    public static LoginThrottle defaults(Clock clock) {
        return new LoginThrottle(clock, 5, Duration.ofSeconds(30), Duration.ofMinutes(15));
    }

    /** How long the next attempt for this username from this address must wait; empty: none. */
    public Optional<Duration> waitBeforeAttempt(String username, String address) {
        Instant now = clock.instant();
        Duration user = remaining(userKey(username), freeAttempts, now);
        Duration client = remaining(addressKey(address), freeAttempts * 5, now);
        Duration longest = user.compareTo(client) >= 0 ? user : client;
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(f -> f.last.plus(window).isBefore(now));
        }
        record(userKey(username), now);
        record(addressKey(address), now);
    }

    public void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private void record(String key, Instant now) {
        failures.compute(
                key,
                (k, f) ->
                        f == null || f.last.plus(window).isBefore(now)
                                ? new Failures(1, now)
                                : new Failures(f.count + 1, now));
    }

    private Duration remaining(String key, int free, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.count < free || f.last.plus(window).isBefore(now)) {
            return Duration.ZERO;
        }
        int doublings = Math.min(f.count - free, 20);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        if (delay.compareTo(window) > 0) {
            delay = window;
        }
        Duration left = Duration.between(now, f.last.plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "addr:" + (address == null ? "" : address);
    }

    private record Failures(int count, Instant last) {}
}

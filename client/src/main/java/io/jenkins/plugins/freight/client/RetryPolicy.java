package io.jenkins.plugins.freight.client;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How often and how patiently a request that may be repeated safely is retried: idempotent requests
 * (GET, PUT, DELETE) on 408, 429, 5xx and network errors; a POST only when the connection failed
 * before the request was sent.
 *
 * @param maxAttempts attempts in all, the first included (default 4; 1 disables retries)
 * @param initialDelay the wait before the second attempt (default 500 ms); it doubles each time
 * @param maxDelay the longest wait between two attempts (default 8 s); a server's {@code
 *     Retry-After} is honoured up to this bound
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay) {

    public RetryPolicy {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("delays must satisfy 0 <= initialDelay <= maxDelay");
        }
    }

    /** Four attempts, waiting about 0.5 s, 1 s and 2 s in between. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8));
    }

    /** Every request is attempted once. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
    }

    /**
     * The wait before attempt number {@code attempt} (2 for the first retry): exponential, capped
     * at {@link #maxDelay}, with "full jitter" between half and all of it so that many clients
     * retrying at once spread out.
     */
    public Duration delayBefore(int attempt, RandomGenerator random) {
        if (attempt < 2) {
            return Duration.ZERO;
        }
        long base = initialDelay.toMillis();
        long cap = maxDelay.toMillis();
        long exponential = base << Math.min(attempt - 2, 30);
        long bounded = exponential <= 0 || exponential > cap ? cap : exponential;
        long jittered = bounded / 2 + (bounded > 1 ? random.nextLong(bounded / 2 + 1) : 0);
        return Duration.ofMillis(jittered);
    }
}

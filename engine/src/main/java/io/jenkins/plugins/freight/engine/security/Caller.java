package io.jenkins.plugins.freight.engine.security;

import java.util.Objects;

/**
 * Who asks: every engine service call carries one, so permissions are checked and audit events are
 * written in the engine, whichever edge (REST, web UI, CLI, Jenkins) the request came through.
 *
 * @param userId {@code Users-N}, or {@code system} for the engine itself
 * @param username shown in the audit log
 * @param via how the identity was established
 * @param ipAddress client address, or null when in-process
 * @param apiKeyId the API key ({@code APIKeys-N}) the caller authenticated with, or null
 */
public record Caller(String userId, String username, Via via, String ipAddress, String apiKeyId) {

    public enum Via {
        API_KEY,
        SESSION,
        JENKINS,
        SYSTEM
    }

    public Caller {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(via, "via");
    }

    /** A caller not identified by an API key. */
    public Caller(String userId, String username, Via via, String ipAddress) {
        this(userId, username, via, ipAddress, null);
    }

    private static final Caller SYSTEM = new Caller("system", "system", Via.SYSTEM, null);

    /**
     * The engine acting on its own behalf (automatic deployments, retention, start-up recovery).
     */
    public static Caller system() {
        return SYSTEM;
    }

    public boolean isSystem() {
        return via == Via.SYSTEM;
    }

    /** The same caller seen from another client address. */
    public Caller withIpAddress(String value) {
        return new Caller(userId, username, via, value, apiKeyId);
    }
}

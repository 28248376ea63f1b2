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
 */
public record Caller(String userId, String username, Via via, String ipAddress) {

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
}

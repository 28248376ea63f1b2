package io.jenkins.plugins.freight.engine.error;

import java.util.List;

/**
 * The caller lacks a permission. The message names the permission, the scope and the teams that
 * hold it, e.g. "Missing permission DeploymentCreate for environment Prod; granted to teams:
 * Production Deployers".
 */
public final class ForbiddenException extends FreightException {

    private final String permission;
    private final List<String> teamsWithPermission;

    public ForbiddenException(String message, String permission, List<String> teamsWithPermission) {
        super(message);
        this.permission = permission;
        this.teamsWithPermission = List.copyOf(teamsWithPermission);
    }

    public ForbiddenException(String message) {
        this(message, null, List.of());
    }

    /** The missing permission, or null when the refusal is not about one permission. */
    public String permission() {
        return permission;
    }

    public List<String> teamsWithPermission() {
        return teamsWithPermission;
    }
}

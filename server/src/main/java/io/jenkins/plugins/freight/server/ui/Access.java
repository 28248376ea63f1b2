package io.jenkins.plugins.freight.server.ui;

import io.jenkins.plugins.freight.engine.error.ForbiddenException;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.PermissionScope;

/**
 * Asks the engine's access policy whether to offer an action (a "Deploy" button, "Cancel"), so the
 * UI shows only what the engine would allow. The engine still checks when the action is taken.
 */
public final class Access {

    private final AccessPolicy policy;

    public Access(AccessPolicy policy) {
        this.policy = policy;
    }

    /**
     * Whether the caller holds {@code permission} for this project and environment (either may be
     * null: then anywhere in the space, as for a list).
     */
    public boolean allows(
            Caller caller,
            String permission,
            String spaceId,
            String projectId,
            String environmentId) {
        if (projectId != null || environmentId != null) {
            PermissionScope scope = PermissionScope.space(spaceId);
            scope = projectId == null ? scope : scope.withProject(projectId);
            scope = environmentId == null ? scope : scope.withEnvironment(environmentId);
            return policy.isAllowed(caller, permission, scope);
        }
        try {
            policy.require(caller, permission, spaceId);
            return true;
        } catch (ForbiddenException e) {
            return false;
        }
    }

    /** Whether the caller may deploy the project to the environment. */
    public boolean allowsDeployment(
            Caller caller, String spaceId, String projectId, String environmentId) {
        return allows(caller, Deployability.PERMISSION, spaceId, projectId, environmentId);
    }
}

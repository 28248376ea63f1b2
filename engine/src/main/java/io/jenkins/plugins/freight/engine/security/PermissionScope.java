package io.jenkins.plugins.freight.engine.security;

/**
 * Where an action happens, as far as permissions care: the space (null for a system-level action)
 * and, when known, the project, its project group, the environment and the tenant the action
 * concerns. A null dimension means "not about one document of that kind": a role restricted in that
 * dimension still counts, which is how list operations are admitted before their items are filtered
 * one by one.
 */
public record PermissionScope(
        String spaceId,
        String projectId,
        String projectGroupId,
        String environmentId,
        String tenantId) {

    private static final PermissionScope SYSTEM = new PermissionScope(null, null, null, null, null);

    /** A system-level action. */
    public static PermissionScope system() {
        return SYSTEM;
    }

    /** An action in a space, not about one project, environment or tenant. */
    public static PermissionScope space(String spaceId) {
        return spaceId == null ? SYSTEM : new PermissionScope(spaceId, null, null, null, null);
    }

    public PermissionScope withProject(String value) {
        return new PermissionScope(spaceId, value, projectGroupId, environmentId, tenantId);
    }

    public PermissionScope withProjectGroup(String value) {
        return new PermissionScope(spaceId, projectId, value, environmentId, tenantId);
    }

    public PermissionScope withEnvironment(String value) {
        return new PermissionScope(spaceId, projectId, projectGroupId, value, tenantId);
    }

    public PermissionScope withTenant(String value) {
        return new PermissionScope(spaceId, projectId, projectGroupId, environmentId, value);
    }

    public boolean isSystem() {
        return spaceId == null;
    }

    /** The document id of one dimension, or null. */
    public String idOf(ScopeKind kind) {
        return switch (kind) {
            case PROJECTS -> projectId;
            case ENVIRONMENTS -> environmentId;
            case TENANTS -> tenantId;
            case PROJECT_GROUPS -> projectGroupId;
        };
    }
}

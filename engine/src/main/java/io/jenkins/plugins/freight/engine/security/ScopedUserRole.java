package io.jenkins.plugins.freight.engine.security;

import java.util.List;

/**
 * A role given to a team, in a space (or at system level when {@code spaceId} is null), optionally
 * restricted to some environments, projects, project groups and tenants. An empty list is
 * unrestricted; a restriction applies only to permissions that support that kind of scope.
 *
 * @param id {@code ScopedUserRoles-N}
 */
public record ScopedUserRole(
        String id,
        String spaceId,
        String teamId,
        String userRoleId,
        List<String> environmentIds,
        List<String> projectIds,
        List<String> projectGroupIds,
        List<String> tenantIds) {

    public ScopedUserRole {
        environmentIds = copy(environmentIds);
        projectIds = copy(projectIds);
        projectGroupIds = copy(projectGroupIds);
        tenantIds = copy(tenantIds);
    }

    /** The restriction of one kind; empty when unrestricted. */
    public List<String> restriction(ScopeKind kind) {
        return switch (kind) {
            case PROJECTS -> projectIds;
            case ENVIRONMENTS -> environmentIds;
            case TENANTS -> tenantIds;
            case PROJECT_GROUPS -> projectGroupIds;
        };
    }

    public boolean isUnrestricted() {
        return environmentIds.isEmpty()
                && projectIds.isEmpty()
                && projectGroupIds.isEmpty()
                && tenantIds.isEmpty();
    }

    public ScopedUserRole withId(String value) {
        return new ScopedUserRole(
                value,
                spaceId,
                teamId,
                userRoleId,
                environmentIds,
                projectIds,
                projectGroupIds,
                tenantIds);
    }

    private static List<String> copy(List<String> ids) {
        return ids == null ? List.of() : ids.stream().distinct().sorted().toList();
    }
}

package io.jenkins.plugins.freight.engine.security;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a user may do, as Octopus's {@code /api/users/{id}/permissions} reports it, plus the
 * Test Permissions grid.
 *
 * @param teams the user's teams, Everyone included
 * @param systemPermissions held at system level
 * @param spacePermissions per permission, each place it is held (a space and its restrictions)
 * @param grid one row per role a team of the user has, with where it applies
 */
public record UserPermissions(
        User user,
        List<Team> teams,
        Set<Permission> systemPermissions,
        Map<Permission, List<Restriction>> spacePermissions,
        List<GridRow> grid) {

    /** One place a space permission is held: empty lists are unrestricted. */
    public record Restriction(
            String spaceId,
            List<String> projectIds,
            List<String> environmentIds,
            List<String> tenantIds,
            List<String> projectGroupIds) {}

    /** One role of one of the user's teams, with names instead of ids ("All" when unrestricted). */
    public record GridRow(
            String team,
            String role,
            String space,
            String environments,
            String projects,
            String projectGroups,
            String tenants,
            List<String> permissions) {}
}

package io.jenkins.plugins.freight.engine.security;

import io.jenkins.plugins.freight.engine.error.ForbiddenException;
import io.jenkins.plugins.freight.engine.storage.Database;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;

/**
 * The permission model: a caller holds a permission in a scope when a role given to one of their
 * teams (Everyone included) grants it there; several grants add up. {@link Caller#system()} may do
 * everything.
 */
public final class TeamAccessPolicy implements AccessPolicy {

    private final Database database;
    private final GrantLoader grants;

    public TeamAccessPolicy(Database database) {
        this(
                database,
                new GrantLoader(
                        new JdbcTeamRepository(),
                        new JdbcScopedUserRoleRepository(),
                        new JdbcUserRoleRepository()));
    }

    TeamAccessPolicy(Database database, GrantLoader grants) {
        this.database = database;
        this.grants = grants;
    }

    @Override
    public void require(Caller caller, String permission, String spaceId) {
        requireFor(caller, permission, PermissionScope.space(spaceId));
    }

    @Override
    public void requireFor(Caller caller, String permission, PermissionScope scope) {
        if (caller.isSystem()) {
            return;
        }
        database.withHandle(
                h -> {
                    requireFor(h, caller, permission, scope);
                    return null;
                });
    }

    @Override
    public void requireFor(Handle handle, Caller caller, String permission, PermissionScope scope) {
        if (caller.isSystem()) {
            return;
        }
        check(handle, grants.forUser(handle, caller.userId()), permissionNamed(permission), scope);
    }

    /** Throws the refusal unless the grants give the permission in the scope. */
    private void check(Handle handle, List<Grant> mine, Permission p, PermissionScope scope) {
        UnaryOperator<String> groupOf = groups(handle);
        if (!holds(mine, p, scope, groupOf) && !unknownSpace(handle, p, scope)) {
            throw refusal(handle, p, scope, groupOf);
        }
    }

    @Override
    public ScopeFilter visible(Caller caller, String permission, String spaceId) {
        if (caller.isSystem()) {
            return ScopeFilter.ALL;
        }
        Permission p = permissionNamed(permission);
        return database.withHandle(h -> filter(h, grants.forUser(h, caller.userId()), p, spaceId));
    }

    @Override
    public ScopeFilter requireVisible(Caller caller, String permission, String spaceId) {
        if (caller.isSystem()) {
            return ScopeFilter.ALL;
        }
        Permission p = permissionNamed(permission);
        return database.withHandle(
                h -> {
                    List<Grant> mine = grants.forUser(h, caller.userId());
                    check(h, mine, p, PermissionScope.space(spaceId));
                    return filter(h, mine, p, spaceId);
                });
    }

    /** The documents of the space that these grants show with the permission. */
    private static ScopeFilter filter(Handle h, List<Grant> mine, Permission p, String spaceId) {
        PermissionScope space = PermissionScope.space(spaceId);
        boolean unrestricted =
                mine.stream()
                        .anyMatch(
                                g ->
                                        g.assignment().isUnrestricted()
                                                && holds(List.of(g), p, space, id -> null));
        if (unrestricted) {
            return ScopeFilter.ALL;
        }
        Map<String, String> groups = new HashMap<>();
        if (mine.stream().anyMatch(g -> !g.assignment().projectGroupIds().isEmpty())) {
            h.createQuery("SELECT id, project_group_id FROM projects")
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .forEach(e -> groups.put(e.getKey(), e.getValue()));
        }
        return scope ->
                holds(
                        mine,
                        p,
                        new PermissionScope(
                                scope.spaceId() == null ? spaceId : scope.spaceId(),
                                scope.projectId(),
                                scope.projectGroupId(),
                                scope.environmentId(),
                                scope.tenantId()),
                        groups::get);
    }

    @Override
    public boolean worksIn(Caller caller, String spaceId) {
        if (caller.isSystem()) {
            return true;
        }
        return database.withHandle(
                h ->
                        grants.forUser(h, caller.userId()).stream()
                                .anyMatch(
                                        g ->
                                                spaceId.equals(g.assignment().spaceId())
                                                        && !g.role().spacePermissions().isEmpty()));
    }

    /** Whether any of the grants gives the permission in the scope. */
    static boolean holds(
            List<Grant> grants,
            Permission permission,
            PermissionScope scope,
            UnaryOperator<String> groupOf) {
        for (Grant g : grants) {
            if (PermissionRules.grants(g, permission, scope, groupOf)
                    || permission == Permission.TaskViewLog
                            && PermissionRules.grants(g, Permission.TaskView, scope, groupOf)) {
                return true;
            }
        }
        return false;
    }

    private ForbiddenException refusal(
            Handle handle,
            Permission permission,
            PermissionScope scope,
            UnaryOperator<String> groupOf) {
        List<Grant> all = grants.forSpace(handle, scope.spaceId());
        return Refusal.of(handle, permission, scope, all, groupOf);
    }

    /**
     * A space that does not exist is left to the service, which reports it as not found (as Octopus
     * does) instead of as a missing permission.
     */
    private static boolean unknownSpace(
            Handle handle, Permission permission, PermissionScope scope) {
        if (scope.isSystem() || permission.level() == Permission.Level.SYSTEM) {
            return false;
        }
        return handle.createQuery("SELECT COUNT(*) FROM spaces WHERE id = :id")
                        .bind("id", scope.spaceId())
                        .mapTo(Integer.class)
                        .one()
                == 0;
    }

    private static UnaryOperator<String> groups(Handle handle) {
        Map<String, String> cache = new HashMap<>();
        return projectId ->
                cache.computeIfAbsent(projectId, id -> ScopeNames.projectGroupOf(handle, id));
    }

    static Permission permissionNamed(String name) {
        return Permission.named(name)
                .orElseThrow(() -> new IllegalArgumentException("Unknown permission: " + name));
    }
}

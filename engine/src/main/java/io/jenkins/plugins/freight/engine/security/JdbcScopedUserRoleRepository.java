package io.jenkins.plugins.freight.engine.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** {@link ScopedUserRoleRepository} on the {@code scoped_user_roles} table. */
public final class JdbcScopedUserRoleRepository implements ScopedUserRoleRepository {

    private static final String SELECT =
            "SELECT id, space_id, team_id, user_role_id, environment_ids, project_ids,"
                    + " project_group_ids, tenant_ids FROM scoped_user_roles ";

    @Override
    public void insert(Handle handle, ScopedUserRole role) {
        handle.createUpdate(
                        "INSERT INTO scoped_user_roles (id, team_id, user_role_id, space_id,"
                                + " environment_ids, project_ids, project_group_ids, tenant_ids)"
                                + " VALUES (:id, :teamId, :roleId, :spaceId, :environments,"
                                + " :projects, :groups, :tenants)")
                .bind("id", role.id())
                .bind("teamId", role.teamId())
                .bind("roleId", role.userRoleId())
                .bind("spaceId", role.spaceId())
                .bind("environments", join(role.environmentIds()))
                .bind("projects", join(role.projectIds()))
                .bind("groups", join(role.projectGroupIds()))
                .bind("tenants", join(role.tenantIds()))
                .execute();
    }

    @Override
    public void update(Handle handle, ScopedUserRole role) {
        handle.createUpdate(
                        "UPDATE scoped_user_roles SET user_role_id = :roleId, space_id = :spaceId,"
                                + " environment_ids = :environments, project_ids = :projects,"
                                + " project_group_ids = :groups, tenant_ids = :tenants WHERE id ="
                                + " :id")
                .bind("id", role.id())
                .bind("roleId", role.userRoleId())
                .bind("spaceId", role.spaceId())
                .bind("environments", join(role.environmentIds()))
                .bind("projects", join(role.projectIds()))
                .bind("groups", join(role.projectGroupIds()))
                .bind("tenants", join(role.tenantIds()))
                .execute();
    }

    @Override
    public void delete(Handle handle, String id) {
        handle.createUpdate("DELETE FROM scoped_user_roles WHERE id = :id")
                .bind("id", id)
                .execute();
    }

    @Override
    public Optional<ScopedUserRole> findById(Handle handle, String id) {
        return handle.createQuery(SELECT + "WHERE id = :id")
                .bind("id", id)
                .map(JdbcScopedUserRoleRepository::map)
                .findOne();
    }

    @Override
    public List<ScopedUserRole> ofTeams(Handle handle, Collection<String> teamIds) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return handle.createQuery(SELECT + "WHERE team_id IN (<ids>) ORDER BY id")
                .bindList("ids", List.copyOf(teamIds))
                .map(JdbcScopedUserRoleRepository::map)
                .list();
    }

    @Override
    public List<ScopedUserRole> inSpace(Handle handle, String spaceId, boolean includeSystem) {
        String where =
                includeSystem
                        ? "WHERE space_id = :spaceId OR space_id IS NULL"
                        : "WHERE space_id = :spaceId";
        return handle.createQuery(SELECT + where + " ORDER BY id")
                .bind("spaceId", spaceId)
                .map(JdbcScopedUserRoleRepository::map)
                .list();
    }

    @Override
    public List<ScopedUserRole> ofRole(Handle handle, String userRoleId) {
        return handle.createQuery(SELECT + "WHERE user_role_id = :roleId ORDER BY id")
                .bind("roleId", userRoleId)
                .map(JdbcScopedUserRoleRepository::map)
                .list();
    }

    @Override
    public void deleteInSpace(Handle handle, String spaceId) {
        handle.createUpdate("DELETE FROM scoped_user_roles WHERE space_id = :spaceId")
                .bind("spaceId", spaceId)
                .execute();
    }

    static String join(Collection<String> values) {
        return String.join(",", values);
    }

    static List<String> split(String value) {
        return value == null || value.isEmpty() ? List.of() : Arrays.asList(value.split(","));
    }

    private static ScopedUserRole map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ScopedUserRole(
                rs.getString("id"),
                rs.getString("space_id"),
                rs.getString("team_id"),
                rs.getString("user_role_id"),
                split(rs.getString("environment_ids")),
                split(rs.getString("project_ids")),
                split(rs.getString("project_group_ids")),
                split(rs.getString("tenant_ids")));
    }
}

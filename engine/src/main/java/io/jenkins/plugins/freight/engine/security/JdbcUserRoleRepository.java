package io.jenkins.plugins.freight.engine.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** {@link UserRoleRepository} on the {@code user_roles} table. */
public final class JdbcUserRoleRepository implements UserRoleRepository {

    private static final String SELECT =
            "SELECT id, name, description, space_permissions, system_permissions FROM user_roles ";

    @Override
    public void insert(Handle handle, UserRole role, Instant when, String by) {
        handle.createUpdate(
                        "INSERT INTO user_roles (id, name, name_lower, description,"
                                + " space_permissions, system_permissions, modified_at,"
                                + " modified_by) VALUES (:id, :name, :nameLower, :description,"
                                + " :space, :system, :when, :by)")
                .bind("id", role.id())
                .bindMap(values(role))
                .bind("when", when)
                .bind("by", by)
                .execute();
    }

    @Override
    public void update(Handle handle, UserRole role, Instant when, String by) {
        handle.createUpdate(
                        "UPDATE user_roles SET name = :name, name_lower = :nameLower, description"
                                + " = :description, space_permissions = :space,"
                                + " system_permissions = :system, modified_at = :when,"
                                + " modified_by = :by WHERE id = :id")
                .bind("id", role.id())
                .bindMap(values(role))
                .bind("when", when)
                .bind("by", by)
                .execute();
    }

    @Override
    public void delete(Handle handle, String id) {
        handle.createUpdate("DELETE FROM user_roles WHERE id = :id").bind("id", id).execute();
    }

    @Override
    public Optional<UserRole> findById(Handle handle, String id) {
        return handle.createQuery(SELECT + "WHERE id = :id")
                .bind("id", id)
                .map(JdbcUserRoleRepository::map)
                .findOne();
    }

    @Override
    public Optional<UserRole> findByName(Handle handle, String name) {
        return handle.createQuery(SELECT + "WHERE name_lower = :name")
                .bind("name", name.toLowerCase(Locale.ROOT))
                .map(JdbcUserRoleRepository::map)
                .findOne();
    }

    @Override
    public List<UserRole> list(Handle handle) {
        return handle.createQuery(SELECT + "ORDER BY name, id")
                .map(JdbcUserRoleRepository::map)
                .list();
    }

    private static java.util.Map<String, Object> values(UserRole role) {
        return java.util.Map.of(
                "name", role.name(),
                "nameLower", role.name().toLowerCase(Locale.ROOT),
                "description", role.description(),
                "space", names(role.spacePermissions()),
                "system", names(role.systemPermissions()));
    }

    private static String names(Set<Permission> permissions) {
        return permissions.isEmpty()
                ? ""
                : EnumSet.copyOf(permissions).stream()
                        .map(Enum::name)
                        .collect(Collectors.joining(","));
    }

    private static Set<Permission> permissions(String names) {
        return JdbcScopedUserRoleRepository.split(names).stream()
                .map(Permission::named)
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
    }

    private static UserRole map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new UserRole(
                rs.getString("id"),
                rs.getString("name"),
                rs.getString("description"),
                permissions(rs.getString("space_permissions")),
                permissions(rs.getString("system_permissions")),
                false);
    }
}

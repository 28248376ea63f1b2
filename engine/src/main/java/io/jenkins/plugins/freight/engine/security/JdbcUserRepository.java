package io.jenkins.plugins.freight.engine.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** {@link UserRepository} on the {@code users} table. */
public final class JdbcUserRepository implements UserRepository {

    private static final String COLUMNS =
            "id, username, display_name, email_address, is_active, is_service, created_at,"
                    + " modified_at";

    @Override
    public User insert(Handle handle, User user) {
        handle.createUpdate(
                        "INSERT INTO users (id, username, username_key, display_name, email_address,"
                                + " is_active, is_service, created_at, modified_at) VALUES (:id,"
                                + " :username, :usernameKey, :displayName, :email, :active,"
                                + " :service, :created, :modified)")
                .bind("id", user.id())
                .bind("usernameKey", key(user.username()))
                .bind("username", user.username())
                .bind("displayName", user.displayName())
                .bind("email", user.emailAddress())
                .bind("active", user.active())
                .bind("service", user.service())
                .bind("created", user.created())
                .bind("modified", user.modified())
                .execute();
        return user;
    }

    @Override
    public void update(Handle handle, User user) {
        handle.createUpdate(
                        "UPDATE users SET username = :username, username_key = :usernameKey,"
                                + " display_name = :displayName, email_address = :email, is_active ="
                                + " :active, modified_at = :modified WHERE id = :id")
                .bind("id", user.id())
                .bind("usernameKey", key(user.username()))
                .bind("username", user.username())
                .bind("displayName", user.displayName())
                .bind("email", user.emailAddress())
                .bind("active", user.active())
                .bind("modified", user.modified())
                .execute();
    }

    @Override
    public Optional<User> findById(Handle handle, String id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM users WHERE id = :id")
                .bind("id", id)
                .map(JdbcUserRepository::map)
                .findOne();
    }

    @Override
    public Optional<User> findByUsername(Handle handle, String username) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM users WHERE username_key = :key")
                .bind("key", key(username))
                .map(JdbcUserRepository::map)
                .findOne();
    }

    @Override
    public List<User> list(Handle handle) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM users ORDER BY display_name, id")
                .map(JdbcUserRepository::map)
                .list();
    }

    @Override
    public int count(Handle handle) {
        return handle.createQuery("SELECT count(*) FROM users").mapTo(Integer.class).one();
    }

    @Override
    public void delete(Handle handle, String id) {
        handle.createUpdate("DELETE FROM users WHERE id = :id").bind("id", id).execute();
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    private static User map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new User(
                rs.getString("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("email_address") == null ? "" : rs.getString("email_address"),
                rs.getBoolean("is_active"),
                rs.getBoolean("is_service"),
                instant(rs, "created_at"),
                instant(rs, "modified_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}

package io.jenkins.plugins.freight.engine.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** {@link ApiKeyRepository} on the {@code api_keys} table. */
public final class JdbcApiKeyRepository implements ApiKeyRepository {

    private static final String COLUMNS =
            "id, user_id, purpose, hint, created_at, expires_at, revoked_at";

    @Override
    public void insert(Handle handle, ApiKey key, String keyHash, String createdByKeyId) {
        handle.createUpdate(
                        "INSERT INTO api_keys (id, user_id, key_hash, hint, purpose, created_at,"
                                + " expires_at, revoked_at, created_by_key_id) VALUES (:id, :userId,"
                                + " :hash, :hint, :purpose, :created, :expires, :revoked, :createdBy)")
                .bind("id", key.id())
                .bind("userId", key.userId())
                .bind("hash", keyHash)
                .bind("hint", key.hint())
                .bind("purpose", key.purpose())
                .bind("created", key.created())
                .bind("expires", key.expires())
                .bind("revoked", key.revoked())
                .bind("createdBy", createdByKeyId)
                .execute();
    }

    @Override
    public Optional<ApiKey> findByHash(Handle handle, String keyHash) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM api_keys WHERE key_hash = :hash")
                .bind("hash", keyHash)
                .map(JdbcApiKeyRepository::map)
                .findOne();
    }

    @Override
    public Optional<Holder> findWithUserByHash(Handle handle, String keyHash) {
        return handle.createQuery(
                        "SELECT k.id, k.user_id, k.purpose, k.hint, k.created_at, k.expires_at,"
                                + " k.revoked_at, u.username, u.is_active FROM api_keys k JOIN"
                                + " users u ON u.id = k.user_id WHERE k.key_hash = :hash")
                .bind("hash", keyHash)
                .map(
                        (rs, ctx) ->
                                new Holder(
                                        map(rs, ctx),
                                        rs.getString("username"),
                                        rs.getBoolean("is_active")))
                .findOne();
    }

    @Override
    public Optional<ApiKey> findById(Handle handle, String id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM api_keys WHERE id = :id")
                .bind("id", id)
                .map(JdbcApiKeyRepository::map)
                .findOne();
    }

    @Override
    public List<ApiKey> listActive(Handle handle, String userId) {
        return handle.createQuery(
                        "SELECT "
                                + COLUMNS
                                + " FROM api_keys WHERE user_id = :userId AND revoked_at IS NULL"
                                + " ORDER BY created_at DESC, id DESC")
                .bind("userId", userId)
                .map(JdbcApiKeyRepository::map)
                .list();
    }

    @Override
    public void revoke(Handle handle, String id, Instant when) {
        Deque<String> pending = new ArrayDeque<>(List.of(id));
        while (!pending.isEmpty()) {
            String next = pending.pop();
            handle.createUpdate(
                            "UPDATE api_keys SET revoked_at = :when WHERE id = :id AND revoked_at"
                                    + " IS NULL")
                    .bind("when", when)
                    .bind("id", next)
                    .execute();
            pending.addAll(
                    handle.createQuery(
                                    "SELECT id FROM api_keys WHERE created_by_key_id = :id AND"
                                            + " revoked_at IS NULL")
                            .bind("id", next)
                            .mapTo(String.class)
                            .list());
        }
    }

    private static ApiKey map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ApiKey(
                rs.getString("id"),
                rs.getString("user_id"),
                rs.getString("purpose"),
                rs.getString("hint"),
                JdbcUserRepository.instant(rs, "created_at"),
                JdbcUserRepository.instant(rs, "expires_at"),
                JdbcUserRepository.instant(rs, "revoked_at"));
    }
}

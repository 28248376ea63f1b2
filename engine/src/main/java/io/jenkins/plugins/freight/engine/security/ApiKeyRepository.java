package io.jenkins.plugins.freight.engine.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Storage of API keys; keys are found by the hash of the key, never by the key. */
public interface ApiKeyRepository {

    void insert(Handle handle, ApiKey key, String keyHash, String createdByKeyId);

    Optional<ApiKey> findByHash(Handle handle, String keyHash);

    Optional<ApiKey> findById(Handle handle, String id);

    /** A key with its user, in one query: what authenticating a request needs. */
    record Holder(ApiKey key, String username, boolean userActive) {}

    /** The key with this hash and its user's name and active flag. */
    Optional<Holder> findWithUserByHash(Handle handle, String keyHash);

    /** The user's keys that are not revoked, newest first. */
    List<ApiKey> listActive(Handle handle, String userId);

    /** Marks the key and, transitively, every key created with it as revoked. */
    void revoke(Handle handle, String id, Instant when);
}

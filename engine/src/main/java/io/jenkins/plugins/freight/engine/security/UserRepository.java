package io.jenkins.plugins.freight.engine.security;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Storage of users. */
public interface UserRepository {

    User insert(Handle handle, User user);

    void update(Handle handle, User user);

    Optional<User> findById(Handle handle, String id);

    /** Matches the username regardless of case. */
    Optional<User> findByUsername(Handle handle, String username);

    /** All users ordered by display name, then id. */
    List<User> list(Handle handle);

    int count(Handle handle);

    /**
     * Deletes the user; their API keys, password, sessions and team memberships go with them
     * (foreign keys cascade). History keeps the ids and names it stored.
     */
    void delete(Handle handle, String id);
}

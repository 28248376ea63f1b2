package io.jenkins.plugins.freight.engine.security;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Storage of custom user roles (built-in roles live in {@link BuiltInRoles}). */
public interface UserRoleRepository {

    void insert(Handle handle, UserRole role, java.time.Instant when, String by);

    void update(Handle handle, UserRole role, java.time.Instant when, String by);

    void delete(Handle handle, String id);

    Optional<UserRole> findById(Handle handle, String id);

    Optional<UserRole> findByName(Handle handle, String name);

    /** Custom roles ordered by name. */
    List<UserRole> list(Handle handle);
}

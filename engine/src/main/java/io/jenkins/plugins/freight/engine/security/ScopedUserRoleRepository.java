package io.jenkins.plugins.freight.engine.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Storage of the roles given to teams. */
public interface ScopedUserRoleRepository {

    void insert(Handle handle, ScopedUserRole role);

    void update(Handle handle, ScopedUserRole role);

    void delete(Handle handle, String id);

    Optional<ScopedUserRole> findById(Handle handle, String id);

    /** The assignments of these teams, ordered by id. */
    List<ScopedUserRole> ofTeams(Handle handle, Collection<String> teamIds);

    /** Assignments in a space (and system-level ones when {@code includeSystem}). */
    List<ScopedUserRole> inSpace(Handle handle, String spaceId, boolean includeSystem);

    /** Every assignment that gives this role. */
    List<ScopedUserRole> ofRole(Handle handle, String userRoleId);

    /** Removes the assignments of a space (the space is being deleted). */
    void deleteInSpace(Handle handle, String spaceId);
}

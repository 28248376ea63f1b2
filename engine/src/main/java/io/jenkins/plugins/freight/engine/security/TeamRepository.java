package io.jenkins.plugins.freight.engine.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Storage of teams and their members. */
public interface TeamRepository {

    void insert(Handle handle, Team team);

    /** Rewrites name, description and members. */
    void update(Handle handle, Team team);

    void delete(Handle handle, String id);

    Optional<Team> findById(Handle handle, String id);

    /**
     * Teams of a space (and the system teams when {@code includeSystem}), or only system teams for
     * a null space, ordered by name.
     */
    List<Team> list(Handle handle, String spaceId, boolean includeSystem);

    /** Every team, ordered by name. */
    List<Team> listAll(Handle handle);

    /** A team of the same space (or the system teams for null) with this name, ignoring case. */
    Optional<Team> findByName(Handle handle, String spaceId, String name);

    /** The ids of the teams the user is an explicit member of (Everyone not included). */
    List<String> teamIdsOf(Handle handle, String userId);

    /** Team names by id, for messages. */
    List<Team> findAll(Handle handle, Collection<String> ids);

    /** The names of these teams by id, in one query (permission checks need no members). */
    Map<String, String> namesOf(Handle handle, Collection<String> ids);

    List<String> spaceIdsWithoutSpaceManagers(Handle handle);
}

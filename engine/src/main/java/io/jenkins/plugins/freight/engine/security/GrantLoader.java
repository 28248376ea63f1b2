package io.jenkins.plugins.freight.engine.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/** Resolves role assignments into {@link Grant}s: the role behind each and its team's name. */
final class GrantLoader {

    private final TeamRepository teams;
    private final ScopedUserRoleRepository assignments;
    private final UserRoleRepository roles;

    GrantLoader(
            TeamRepository teams, ScopedUserRoleRepository assignments, UserRoleRepository roles) {
        this.teams = teams;
        this.assignments = assignments;
        this.roles = roles;
    }

    /** The ids of the user's teams, Everyone included. */
    Set<String> teamIdsOf(Handle handle, String userId) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(Team.EVERYONE);
        ids.addAll(teams.teamIdsOf(handle, userId));
        return ids;
    }

    /** Every grant the user holds through their teams. */
    List<Grant> forUser(Handle handle, String userId) {
        return resolve(handle, assignments.ofTeams(handle, teamIdsOf(handle, userId)));
    }

    /** Every grant in a space and at system level, whoever holds it. */
    List<Grant> forSpace(Handle handle, String spaceId) {
        return resolve(
                handle,
                spaceId == null
                        ? assignments.ofTeams(
                                handle, teams.listAll(handle).stream().map(Team::id).toList())
                        : assignments.inSpace(handle, spaceId, true));
    }

    Optional<UserRole> role(Handle handle, String id) {
        return BuiltInRoles.byId(id).or(() -> roles.findById(handle, id));
    }

    List<Grant> resolve(Handle handle, List<ScopedUserRole> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<String, String> teamNames =
                teams.namesOf(
                        handle, list.stream().map(ScopedUserRole::teamId).distinct().toList());
        Map<String, Optional<UserRole>> roleCache = new HashMap<>();
        List<Grant> grants = new ArrayList<>();
        for (ScopedUserRole a : list) {
            Optional<UserRole> role =
                    roleCache.computeIfAbsent(a.userRoleId(), id -> role(handle, id));
            role.ifPresent(
                    r ->
                            grants.add(
                                    new Grant(
                                            a, r, teamNames.getOrDefault(a.teamId(), a.teamId()))));
        }
        return grants;
    }
}

package io.jenkins.plugins.freight.engine.security;

import io.jenkins.plugins.freight.engine.space.SpaceCleaner;
import io.jenkins.plugins.freight.engine.space.SpaceInitializer;
import io.jenkins.plugins.freight.engine.storage.Database;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The built-in teams of each space: a Space Managers team with the Space Manager and Deployment
 * Plan Editor roles, and the same two roles for Octopus Administrators in that space (Octopus lists
 * the administrators among every space's managers). Created with the space, removed with it.
 */
public final class BuiltInTeams {

    private final TeamRepository teams = new JdbcTeamRepository();
    private final ScopedUserRoleRepository assignments = new JdbcScopedUserRoleRepository();

    /** Creates the built-in teams of a new space, in its creating transaction. */
    public SpaceInitializer initializer() {
        return (handle, space) -> ensure(handle, space.id());
    }

    /** Removes a deleted space's teams and role assignments. */
    public SpaceCleaner cleaner() {
        return (handle, space) -> {
            assignments.deleteInSpace(handle, space.id());
            for (Team team : teams.list(handle, space.id(), false)) {
                teams.delete(handle, team.id());
            }
        };
    }

    /** Gives every existing space its built-in teams (spaces created before this model existed). */
    public void ensureAll(Database database) {
        database.useTransaction(
                h -> {
                    for (String spaceId : teams.spaceIdsWithoutSpaceManagers(h)) {
                        ensure(h, spaceId);
                    }
                });
    }

    void ensure(Handle h, String spaceId) {
        String teamId = Team.spaceManagersOf(spaceId);
        if (teams.findById(h, teamId).isPresent()) {
            return;
        }
        teams.insert(
                h,
                new Team(
                        teamId,
                        spaceId,
                        "Space Managers",
                        "Members manage everything in this space.",
                        List.of(),
                        Instant.now(),
                        "system"));
        for (String team : List.of(teamId, Team.ADMINISTRATORS)) {
            for (String role :
                    List.of(BuiltInRoles.SPACE_MANAGER, BuiltInRoles.DEPLOYMENT_PLAN_EDITOR)) {
                assignments.insert(
                        h,
                        new ScopedUserRole(
                                Database.nextId(h, "ScopedUserRoles"),
                                spaceId,
                                team,
                                role,
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of()));
            }
        }
    }
}

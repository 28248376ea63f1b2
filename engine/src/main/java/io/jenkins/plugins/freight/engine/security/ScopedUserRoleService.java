package io.jenkins.plugins.freight.engine.security;

import io.jenkins.plugins.freight.engine.audit.AuditLog;
import io.jenkins.plugins.freight.engine.audit.EventRequest;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.storage.Database;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Roles given to teams, each in a space (or at system level) with optional scopes. Giving a role
 * needs {@code TeamEdit} where the team lives and is refused when the caller does not hold the
 * role's permissions at least as widely.
 */
public final class ScopedUserRoleService {

    private final Database database;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final TeamRepository teams = new JdbcTeamRepository();
    private final ScopedUserRoleRepository assignments = new JdbcScopedUserRoleRepository();
    private final GrantLoader grants;
    private final GrantCeiling ceiling;

    public ScopedUserRoleService(Database database, AccessPolicy access, AuditLog audit) {
        this.database = database;
        this.access = access;
        this.audit = audit;
        this.grants = new GrantLoader(teams, assignments, new JdbcUserRoleRepository());
        this.ceiling = new GrantCeiling(grants);
    }

    /** The roles given to a team. */
    public List<ScopedUserRole> ofTeam(Caller caller, String teamId) {
        Team team = database.withHandle(h -> team(h, teamId));
        access.require(caller, "TeamView", team.spaceId());
        return database.withHandle(h -> assignments.ofTeams(h, List.of(teamId)));
    }

    /** Role assignments in a space (and system-level ones when {@code includeSystem}). */
    public List<ScopedUserRole> inSpace(Caller caller, String spaceId, boolean includeSystem) {
        access.require(caller, "TeamView", spaceId);
        return database.withHandle(h -> assignments.inSpace(h, spaceId, includeSystem));
    }

    public ScopedUserRole get(Caller caller, String id) {
        ScopedUserRole found = database.withHandle(h -> find(h, id));
        access.require(caller, "TeamView", found.spaceId());
        return found;
    }

    /** Gives a role to a team; the id of {@code request} is ignored. */
    public ScopedUserRole create(Caller caller, ScopedUserRole request) {
        Team team = database.withHandle(h -> team(h, request.teamId()));
        access.require(caller, "TeamEdit", team.spaceId());
        return database.inTransaction(
                h -> {
                    UserRole role = validate(h, team, request);
                    ScopedUserRole created = request.withId(Database.nextId(h, "ScopedUserRoles"));
                    ceiling.requireMayGrant(h, caller, role, created);
                    assignments.insert(h, created);
                    audit.record(
                            h,
                            caller,
                            new EventRequest(
                                    created.spaceId(),
                                    io.jenkins.plugins.freight.engine.audit.EventCategory.Created,
                                    "Role " + role.name() + " was given to team " + team.name(),
                                    List.of(created.id(), team.id(), role.id()),
                                    null,
                                    null,
                                    null,
                                    null,
                                    created));
                    return created;
                });
    }

    /** Changes the role or scopes of an assignment (its team stays). */
    public ScopedUserRole update(Caller caller, String id, ScopedUserRole request) {
        ScopedUserRole current = database.withHandle(h -> find(h, id));
        Team team = database.withHandle(h -> team(h, current.teamId()));
        access.require(caller, "TeamEdit", team.spaceId());
        return database.inTransaction(
                h -> {
                    ScopedUserRole changed =
                            new ScopedUserRole(
                                    id,
                                    request.spaceId(),
                                    current.teamId(),
                                    request.userRoleId(),
                                    request.environmentIds(),
                                    request.projectIds(),
                                    request.projectGroupIds(),
                                    request.tenantIds());
                    UserRole role = validate(h, team, changed);
                    requireKeepsSpaceManager(team, current, changed);
                    ceiling.requireMayGrant(h, caller, role, changed);
                    assignments.update(h, changed);
                    audit.record(
                            h,
                            caller,
                            EventRequest.modified(
                                    changed.spaceId(),
                                    id,
                                    "Role "
                                            + role.name()
                                            + " of team "
                                            + team.name()
                                            + " was changed",
                                    current,
                                    changed));
                    return changed;
                });
    }

    /** Takes a role away from a team. */
    public void delete(Caller caller, String id) {
        ScopedUserRole current = database.withHandle(h -> find(h, id));
        Team team = database.withHandle(h -> team(h, current.teamId()));
        access.require(caller, "TeamEdit", team.spaceId());
        requireKeepsSpaceManager(team, current, null);
        if (!team.canChangeRoles()) {
            throw new ConflictException("The roles of " + team.name() + " cannot be changed.");
        }
        database.useTransaction(
                h -> {
                    assignments.delete(h, id);
                    audit.record(
                            h,
                            caller,
                            EventRequest.deleted(
                                    current.spaceId(),
                                    id,
                                    "A role of team " + team.name() + " was removed",
                                    current));
                });
    }

    private UserRole validate(Handle h, Team team, ScopedUserRole request) {
        List<String> errors = new ArrayList<>();
        UserRole role = grants.role(h, request.userRoleId()).orElse(null);
        if (role == null) {
            errors.add("User role '" + request.userRoleId() + "' does not exist.");
        }
        if (!team.canChangeRoles()) {
            errors.add("The roles of " + team.name() + " cannot be changed.");
        }
        if (team.spaceId() != null && !team.spaceId().equals(request.spaceId())) {
            errors.add(
                    "A space team may only be given roles in its own space ("
                            + team.spaceId()
                            + ").");
        }
        if (role != null && role.hasSpacePermissions() && request.spaceId() == null) {
            errors.add(
                    "The role "
                            + role.name()
                            + " has space permissions; give it in a space (SpaceId is required).");
        }
        if (request.spaceId() == null && !request.isUnrestricted()) {
            errors.add(
                    "A system-level role cannot be restricted to environments, projects or tenants.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The role assignment is not valid.", errors);
        }
        return role;
    }

    private static void requireKeepsSpaceManager(
            Team team, ScopedUserRole current, ScopedUserRole changed) {
        boolean spaceManagerTeam =
                team.id().equals(Team.spaceManagersOf(String.valueOf(team.spaceId())));
        if (spaceManagerTeam
                && BuiltInRoles.SPACE_MANAGER.equals(current.userRoleId())
                && (changed == null || !BuiltInRoles.SPACE_MANAGER.equals(changed.userRoleId()))) {
            throw new ConflictException(
                    "The Space Manager Team must have a Space Manager User Role");
        }
    }

    private ScopedUserRole find(Handle h, String id) {
        return assignments
                .findById(h, id)
                .orElseThrow(() -> NotFoundException.of("Scoped user role", id));
    }

    private Team team(Handle h, String id) {
        return teams.findById(h, id).orElseThrow(() -> NotFoundException.of("Team", id));
    }
}

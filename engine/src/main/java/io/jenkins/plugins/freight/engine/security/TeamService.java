package io.jenkins.plugins.freight.engine.security;

import io.jenkins.plugins.freight.engine.audit.AuditLog;
import io.jenkins.plugins.freight.engine.audit.EventRequest;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.storage.Database;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Teams and their members. Adding members hands them the team's roles, so it is refused when the
 * caller could not grant those roles themselves.
 */
public final class TeamService {

    private final Database database;
    private final AccessPolicy access;
    private final Clock clock;
    private final AuditLog audit;
    private final TeamRepository teams = new JdbcTeamRepository();
    private final UserRepository users = new JdbcUserRepository();
    private final ScopedUserRoleRepository assignments = new JdbcScopedUserRoleRepository();
    private final GrantLoader grants;
    private final GrantCeiling ceiling;

    public TeamService(Database database, AccessPolicy access, Clock clock, AuditLog audit) {
        this.database = database;
        this.access = access;
        this.clock = clock;
        this.audit = audit;
        this.grants = new GrantLoader(teams, assignments, new JdbcUserRoleRepository());
        this.ceiling = new GrantCeiling(grants);
    }

    /**
     * Teams of a space and (when {@code includeSystem}) the system teams; system teams for null.
     */
    public List<Team> list(Caller caller, String spaceId, boolean includeSystem) {
        access.require(caller, "TeamView", spaceId);
        return database.withHandle(h -> teams.list(h, spaceId, includeSystem));
    }

    public Team get(Caller caller, String id) {
        Team team = database.withHandle(h -> find(h, id));
        access.require(caller, "TeamView", team.spaceId());
        return team;
    }

    public Team create(Caller caller, TeamDetails details) {
        access.require(caller, "TeamCreate", details.spaceId());
        return database.inTransaction(
                h -> {
                    String name = validName(h, details.spaceId(), details.name(), null);
                    requireUsers(h, details.memberUserIds());
                    Team team =
                            new Team(
                                    Database.nextId(h, "Teams"),
                                    details.spaceId(),
                                    name,
                                    strip(details.description()),
                                    details.memberUserIds(),
                                    clock.instant().truncatedTo(ChronoUnit.MILLIS),
                                    caller.username());
                    teams.insert(h, team);
                    audit.record(
                            h,
                            caller,
                            EventRequest.created(
                                    team.spaceId(),
                                    team.id(),
                                    "Team " + name + " was created",
                                    team));
                    return team;
                });
    }

    /** Renames, describes and sets the members of a team. */
    public Team update(Caller caller, String id, TeamDetails details) {
        Team current = database.withHandle(h -> find(h, id));
        access.require(caller, "TeamEdit", current.spaceId());
        return database.inTransaction(
                h -> {
                    Team team = find(h, id);
                    String name = validName(h, team.spaceId(), details.name(), team.id());
                    if (!name.equals(team.name()) && !team.canBeRenamed()) {
                        throw new ConflictException(
                                "The team " + team.name() + " cannot be renamed.");
                    }
                    List<String> members = details.memberUserIds();
                    if (!team.canChangeMembers() && !members.isEmpty()) {
                        throw new ConflictException(
                                "Everyone always contains every user; its members cannot be"
                                        + " changed.");
                    }
                    requireUsers(h, members);
                    Set<String> added = new HashSet<>(members);
                    added.removeAll(team.memberUserIds());
                    if (!added.isEmpty()) {
                        ceiling.requireMayGrantTeam(
                                h, caller, grants.resolve(h, assignments.ofTeams(h, List.of(id))));
                    }
                    Team updated =
                            new Team(
                                    id,
                                    team.spaceId(),
                                    name,
                                    strip(details.description()),
                                    members,
                                    clock.instant().truncatedTo(ChronoUnit.MILLIS),
                                    caller.username());
                    teams.update(h, updated);
                    audit.record(
                            h,
                            caller,
                            EventRequest.modified(
                                    team.spaceId(),
                                    id,
                                    "Team " + name + " was changed",
                                    team,
                                    updated));
                    return updated;
                });
    }

    public void delete(Caller caller, String id) {
        Team current = database.withHandle(h -> find(h, id));
        access.require(caller, "TeamDelete", current.spaceId());
        if (!current.canBeDeleted()) {
            throw new ConflictException(
                    "The built-in team " + current.name() + " cannot be deleted.");
        }
        database.useTransaction(
                h -> {
                    teams.delete(h, id);
                    audit.record(
                            h,
                            caller,
                            EventRequest.deleted(
                                    current.spaceId(),
                                    id,
                                    "Team " + current.name() + " was deleted",
                                    current));
                });
    }

    /** The teams a user belongs to, Everyone included. */
    public List<Team> teamsOf(Caller caller, String userId) {
        if (!caller.userId().equals(userId)) {
            access.require(caller, "UserView", null);
        }
        return database.withHandle(h -> teams.findAll(h, grants.teamIdsOf(h, userId)));
    }

    /** Whether the caller is in one of the teams (Everyone counts): for responsible teams. */
    public boolean isMemberOfAny(Caller caller, List<String> teamIds) {
        if (caller.isSystem() || teamIds.contains(Team.EVERYONE)) {
            return true;
        }
        Set<String> mine = database.withHandle(h -> grants.teamIdsOf(h, caller.userId()));
        return teamIds.stream().anyMatch(mine::contains);
    }

    /**
     * The e-mail addresses of a team's active members (of every active user for Everyone), in
     * member order, for e-mail steps; members without an address are left out.
     *
     * @param spaceId the space the e-mail is sent from: its teams and the system teams count
     * @throws NotFoundException when no such team is visible from the space
     */
    public List<String> memberEmailAddresses(Caller caller, String spaceId, String teamId) {
        access.require(caller, "TeamView", spaceId);
        return database.withHandle(
                h -> {
                    Team team =
                            teams.findById(h, teamId)
                                    .filter(t -> t.spaceId() == null || t.spaceId().equals(spaceId))
                                    .orElseThrow(() -> NotFoundException.of("Team", teamId));
                    List<User> members =
                            team.id().equals(Team.EVERYONE)
                                    ? users.list(h)
                                    : team.memberUserIds().stream()
                                            .map(id -> users.findById(h, id))
                                            .flatMap(java.util.Optional::stream)
                                            .toList();
                    return members.stream()
                            .filter(User::active)
                            .map(User::emailAddress)
                            .filter(a -> a != null && !a.isBlank())
                            .map(String::strip)
                            .distinct()
                            .toList();
                });
    }

    Team find(Handle h, String id) {
        return teams.findById(h, id).orElseThrow(() -> NotFoundException.of("Team", id));
    }

    private String validName(Handle h, String spaceId, String raw, String exceptId) {
        String name = strip(raw);
        List<String> errors = new ArrayList<>();
        if (name.isEmpty() || name.length() > 200) {
            errors.add("Name is required and must be at most 200 characters.");
        } else if (teams.findByName(h, spaceId, name)
                .filter(t -> !t.id().equals(exceptId))
                .isPresent()) {
            errors.add("A team named '" + name + "' already exists there.");
        }
        if (spaceId != null
                && ScopeNames.spaceName(h, spaceId).equals(spaceId)
                && !spaceExists(h, spaceId)) {
            errors.add("Space '" + spaceId + "' does not exist.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The team is not valid.", errors);
        }
        return name;
    }

    private static boolean spaceExists(Handle h, String spaceId) {
        return h.createQuery("SELECT COUNT(*) FROM spaces WHERE id = :id")
                        .bind("id", spaceId)
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }

    private static void requireUsers(Handle h, List<String> userIds) {
        List<String> unknown = new ArrayList<>();
        for (String id : userIds) {
            boolean exists =
                    h.createQuery("SELECT COUNT(*) FROM users WHERE id = :id")
                                    .bind("id", id)
                                    .mapTo(Integer.class)
                                    .one()
                            > 0;
            if (!exists) {
                unknown.add("User '" + id + "' does not exist.");
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("The team members are not valid.", unknown);
        }
    }

    static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}

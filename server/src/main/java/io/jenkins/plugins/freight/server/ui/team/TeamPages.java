package io.jenkins.plugins.freight.server.ui.team;

import io.jenkins.plugins.freight.engine.environment.EnvironmentService;
import io.jenkins.plugins.freight.engine.error.FreightException;
import io.jenkins.plugins.freight.engine.project.ProjectGroupService;
import io.jenkins.plugins.freight.engine.project.ProjectService;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.IdentityService;
import io.jenkins.plugins.freight.engine.security.ScopedUserRole;
import io.jenkins.plugins.freight.engine.security.ScopedUserRoleService;
import io.jenkins.plugins.freight.engine.security.Team;
import io.jenkins.plugins.freight.engine.security.TeamDetails;
import io.jenkins.plugins.freight.engine.security.TeamService;
import io.jenkins.plugins.freight.engine.security.User;
import io.jenkins.plugins.freight.engine.security.UserRole;
import io.jenkins.plugins.freight.engine.security.UserRoleService;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.tenant.TenantService;
import io.jenkins.plugins.freight.server.ui.Access;
import io.jenkins.plugins.freight.server.ui.UiRequest;
import io.jenkins.plugins.freight.server.ui.UiRoutes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Teams: list and create; one team's members and its roles with scopes. */
public final class TeamPages {

    private final TeamService teams;
    private final ScopedUserRoleService assignments;
    private final UserRoleService roles;
    private final IdentityService identity;
    private final EnvironmentService environments;
    private final ProjectService projects;
    private final ProjectGroupService projectGroups;
    private final TenantService tenants;
    private final Access access;

    public TeamPages(
            TeamService teams,
            ScopedUserRoleService assignments,
            UserRoleService roles,
            IdentityService identity,
            EnvironmentService environments,
            ProjectService projects,
            ProjectGroupService projectGroups,
            TenantService tenants,
            AccessPolicy policy) {
        this.teams = teams;
        this.assignments = assignments;
        this.roles = roles;
        this.identity = identity;
        this.environments = environments;
        this.projects = projects;
        this.projectGroups = projectGroups;
        this.tenants = tenants;
        this.access = new Access(policy);
    }

    public void register(UiRoutes routes) {
        routes.get("{space}/teams", this::list)
                .post("{space}/teams", this::create)
                .get("{space}/teams/{team}", this::show)
                .post("{space}/teams/{team}/members", this::addMember)
                .post("{space}/teams/{team}/members/{user}/remove", this::removeMember)
                .post("{space}/teams/{team}/roles", this::addRole)
                .post("{space}/teams/{team}/roles/{assignment}/remove", this::removeRole);
    }

    private void list(UiRequest r) throws IOException {
        r.render(
                "team/list.jte",
                new TeamsPage(
                        r.frame("Teams", "teams"),
                        teams.list(r.caller(), r.spaceId(), true),
                        access.allows(r.caller(), "TeamCreate", r.spaceId(), null, null)));
    }

    private void create(UiRequest r) {
        boolean system = "system".equals(r.param("where"));
        Team team =
                teams.create(
                        r.caller(),
                        new TeamDetails(
                                r.requiredParam("name", "Name"),
                                r.param("description"),
                                system ? null : r.spaceId(),
                                List.of()));
        r.redirect(r.links().team(r.spaceId(), team.id()));
    }

    private void show(UiRequest r) throws IOException {
        Team team = teams.get(r.caller(), r.path("team"));
        Map<String, User> users = new LinkedHashMap<>();
        for (User u : optional(() -> identity.listUsers(r.caller(), null))) {
            users.put(u.id(), u);
        }
        Map<String, UserRole> roleNames = new LinkedHashMap<>();
        for (UserRole role : optional(() -> roles.list(r.caller()))) {
            roleNames.put(role.id(), role);
        }
        r.render(
                "team/team.jte",
                new TeamPage(
                        r.frame(team.name(), "teams"),
                        team,
                        users,
                        assignments.ofTeam(r.caller(), team.id()),
                        roleNames,
                        scopes(r.caller(), r.spaceId()),
                        access.allows(r.caller(), "TeamEdit", team.spaceId(), null, null)));
    }

    private void addMember(UiRequest r) {
        Team team = teams.get(r.caller(), r.path("team"));
        List<String> members = new ArrayList<>(team.memberUserIds());
        members.add(r.requiredParam("user", "User"));
        setMembers(r, team, members);
    }

    private void removeMember(UiRequest r) {
        Team team = teams.get(r.caller(), r.path("team"));
        List<String> members = new ArrayList<>(team.memberUserIds());
        members.remove(r.path("user"));
        setMembers(r, team, members);
    }

    private void setMembers(UiRequest r, Team team, List<String> members) {
        teams.update(
                r.caller(),
                team.id(),
                new TeamDetails(team.name(), team.description(), team.spaceId(), members));
        r.redirect(r.links().team(r.spaceId(), team.id()));
    }

    private void addRole(UiRequest r) {
        Team team = teams.get(r.caller(), r.path("team"));
        boolean system = team.spaceId() == null && "system".equals(r.param("where"));
        assignments.create(
                r.caller(),
                new ScopedUserRole(
                        null,
                        system ? null : r.spaceId(),
                        team.id(),
                        r.requiredParam("role", "Role"),
                        system ? List.of() : r.params("environments"),
                        system ? List.of() : r.params("projects"),
                        system ? List.of() : r.params("projectGroups"),
                        system ? List.of() : r.params("tenants")));
        r.redirect(r.links().team(r.spaceId(), team.id()));
    }

    private void removeRole(UiRequest r) {
        Team team = teams.get(r.caller(), r.path("team"));
        ScopedUserRole assignment = assignments.get(r.caller(), r.path("assignment"));
        if (!assignment.teamId().equals(team.id())) {
            throw io.jenkins.plugins.freight.engine.error.NotFoundException.of(
                    "Scoped user role", assignment.id());
        }
        assignments.delete(r.caller(), assignment.id());
        r.redirect(r.links().team(r.spaceId(), team.id()));
    }

    /** What the caller may see to scope a role by; kinds they may not list are left empty. */
    private ScopeChoices scopes(Caller caller, String spaceId) {
        return new ScopeChoices(
                names(
                        optional(() -> environments.all(caller, spaceId)),
                        e -> e.id(),
                        e -> e.name()),
                names(
                        optional(
                                () ->
                                        projects.list(caller, spaceId, ListQuery.all(), null)
                                                .items()),
                        p -> p.id(),
                        p -> p.name()),
                names(
                        optional(
                                () -> projectGroups.list(caller, spaceId, ListQuery.all()).items()),
                        g -> g.id(),
                        g -> g.name()),
                names(
                        optional(
                                () -> tenants.list(caller, spaceId, ListQuery.all(), null).items()),
                        t -> t.id(),
                        t -> t.name()));
    }

    private static <T> Map<String, String> names(
            List<T> items,
            java.util.function.Function<T, String> id,
            java.util.function.Function<T, String> name) {
        Map<String, String> names = new LinkedHashMap<>();
        items.forEach(i -> names.put(id.apply(i), name.apply(i)));
        return names;
    }

    /** A list the caller may not be allowed to read: empty instead of a refusal. */
    private static <T> List<T> optional(Supplier<List<T>> read) {
        try {
            return read.get();
        } catch (FreightException e) {
            return List.of();
        }
    }
}

package io.jenkins.plugins.freight.server.teams;

import io.jenkins.plugins.freight.engine.security.ScopedUserRole;
import io.jenkins.plugins.freight.engine.security.ScopedUserRoleService;
import io.jenkins.plugins.freight.engine.security.Team;
import io.jenkins.plugins.freight.engine.security.TeamService;
import io.jenkins.plugins.freight.engine.space.Page;
import io.jenkins.plugins.freight.server.http.ApiRequest;
import io.jenkins.plugins.freight.server.http.Paging;
import io.jenkins.plugins.freight.server.http.Reply;
import io.jenkins.plugins.freight.server.http.Router;
import java.io.IOException;
import java.util.List;

/**
 * {@code /api/teams}, {@code /api/{space}/teams} and {@code /api/{space}/scopeduserroles}: teams,
 * their members and the roles given to them. A body without {@code SpaceId} on an explicit space
 * route makes a space team; on {@code /api/teams} a system team.
 */
public final class TeamsResource {

    private final TeamService teams;
    private final ScopedUserRoleService roles;

    public TeamsResource(TeamService teams, ScopedUserRoleService roles) {
        this.teams = teams;
        this.roles = roles;
    }

    public void register(Router router) {
        for (Router.Scope scope : Router.Scope.values()) {
            router.get(scope, "teams", this::list)
                    .get(scope, "teams/all", this::all)
                    .post(scope, "teams", this::create)
                    .get(scope, "teams/{id}", this::get)
                    .put(scope, "teams/{id}", this::update)
                    .delete(scope, "teams/{id}", this::delete)
                    .get(scope, "teams/{id}/scopeduserroles", this::rolesOfTeam)
                    .get(scope, "scopeduserroles", this::listRoles)
                    .post(scope, "scopeduserroles", this::createRole)
                    .get(scope, "scopeduserroles/{id}", this::getRole)
                    .put(scope, "scopeduserroles/{id}", this::updateRole)
                    .delete(scope, "scopeduserroles/{id}", this::deleteRole);
        }
    }

    private static String space(ApiRequest r) {
        return r.spaceExplicit() ? r.spaceId() : null;
    }

    private List<Team> visible(ApiRequest r) {
        String space = space(r);
        Boolean includeSystem = r.query().bool("includeSystem");
        return teams.list(r.caller(), space, includeSystem == null || includeSystem);
    }

    private Reply list(ApiRequest r) {
        Page<TeamWire> page =
                Paging.page(visible(r), Paging.query(r), Team::id, Team::name)
                        .map(t -> TeamWire.of(t, r.links()));
        return Reply.ok(
                Paging.collection(
                        r, "Team", page, "/teams", "/teams{/id}{?skip,take,ids,partialName}"));
    }

    private Reply all(ApiRequest r) {
        return Reply.ok(visible(r).stream().map(t -> TeamWire.of(t, r.links())).toList());
    }

    private Reply create(ApiRequest r) throws IOException {
        TeamWire body = r.body(TeamWire.class);
        boolean given = body.spaceId() != null;
        return Reply.created(
                TeamWire.of(teams.create(r.caller(), body.toDetails(space(r), given)), r.links()));
    }

    private Reply get(ApiRequest r) {
        return Reply.ok(TeamWire.of(teams.get(r.caller(), r.path("id")), r.links()));
    }

    private Reply update(ApiRequest r) throws IOException {
        TeamWire body = r.body(TeamWire.class);
        return Reply.ok(
                TeamWire.of(
                        teams.update(r.caller(), r.path("id"), body.toDetails(null, true)),
                        r.links()));
    }

    private Reply delete(ApiRequest r) {
        teams.delete(r.caller(), r.path("id"));
        return Reply.empty();
    }

    private Reply rolesOfTeam(ApiRequest r) {
        return rolePage(r, roles.ofTeam(r.caller(), r.path("id")));
    }

    private Reply listRoles(ApiRequest r) {
        return rolePage(r, roles.inSpace(r.caller(), r.spaceId(), true));
    }

    private Reply rolePage(ApiRequest r, List<ScopedUserRole> all) {
        Page<ScopedUserRoleWire> page =
                Paging.page(all, Paging.query(r), ScopedUserRole::id, ScopedUserRole::id)
                        .map(s -> ScopedUserRoleWire.of(s, r.links()));
        return Reply.ok(
                Paging.collection(
                        r,
                        "ScopedUserRole",
                        page,
                        "/scopeduserroles",
                        "/scopeduserroles{/id}{?skip,take,ids}"));
    }

    private Reply createRole(ApiRequest r) throws IOException {
        ScopedUserRole body = r.body(ScopedUserRoleWire.class).toModel();
        return Reply.created(ScopedUserRoleWire.of(roles.create(r.caller(), body), r.links()));
    }

    private Reply getRole(ApiRequest r) {
        return Reply.ok(ScopedUserRoleWire.of(roles.get(r.caller(), r.path("id")), r.links()));
    }

    private Reply updateRole(ApiRequest r) throws IOException {
        ScopedUserRole body = r.body(ScopedUserRoleWire.class).toModel();
        return Reply.ok(
                ScopedUserRoleWire.of(roles.update(r.caller(), r.path("id"), body), r.links()));
    }

    private Reply deleteRole(ApiRequest r) {
        roles.delete(r.caller(), r.path("id"));
        return Reply.empty();
    }
}

package io.jenkins.plugins.freight.server.teams;

import io.jenkins.plugins.freight.engine.security.Permission;
import io.jenkins.plugins.freight.engine.security.PermissionService;
import io.jenkins.plugins.freight.engine.security.ScopeKind;
import io.jenkins.plugins.freight.engine.security.UserPermissions;
import io.jenkins.plugins.freight.engine.security.UserRole;
import io.jenkins.plugins.freight.engine.security.UserRoleService;
import io.jenkins.plugins.freight.engine.space.Page;
import io.jenkins.plugins.freight.server.http.ApiRequest;
import io.jenkins.plugins.freight.server.http.Paging;
import io.jenkins.plugins.freight.server.http.Reply;
import io.jenkins.plugins.freight.server.http.Router;
import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/userroles}, {@code /api/permissions/all} and a user's permissions: {@code
 * /api/users/{id}/permissions}, {@code …/permissions/configuration}, {@code …/teams}, and Freight's
 * Test Permissions CSV at {@code …/permissions/export}.
 */
public final class UserRolesResource {

    private final UserRoleService roles;
    private final PermissionService permissions;
    private final io.jenkins.plugins.freight.engine.security.TeamService teams;

    public UserRolesResource(
            UserRoleService roles,
            PermissionService permissions,
            io.jenkins.plugins.freight.engine.security.TeamService teams) {
        this.roles = roles;
        this.permissions = permissions;
        this.teams = teams;
    }

    public void register(Router router) {
        Router.Scope system = Router.Scope.SYSTEM;
        router.get(system, "userroles", this::list)
                .get(system, "userroles/all", this::all)
                .post(system, "userroles", this::create)
                .get(system, "userroles/{id}", this::get)
                .put(system, "userroles/{id}", this::update)
                .delete(system, "userroles/{id}", this::delete)
                .get(system, "permissions/all", this::catalog)
                .get(system, "users/{id}/permissions", this::userPermissions)
                .get(system, "users/{id}/permissions/configuration", this::catalog)
                .get(system, "users/{id}/permissions/export", this::export)
                .get(system, "users/{id}/teams", this::userTeams);
    }

    private Reply list(ApiRequest r) {
        Page<UserRoleWire> page =
                Paging.page(roles.list(r.caller()), Paging.query(r), UserRole::id, UserRole::name)
                        .map(u -> UserRoleWire.of(u, r.links()));
        return Reply.ok(
                Paging.collection(
                        r,
                        "UserRole",
                        page,
                        "/userroles",
                        "/userroles{/id}{?skip,take,ids,partialName}"));
    }

    private Reply all(ApiRequest r) {
        return Reply.ok(
                roles.list(r.caller()).stream().map(u -> UserRoleWire.of(u, r.links())).toList());
    }

    private Reply create(ApiRequest r) throws IOException {
        UserRoleWire body = r.body(UserRoleWire.class);
        return Reply.created(
                UserRoleWire.of(roles.create(r.caller(), body.toDetails()), r.links()));
    }

    private Reply get(ApiRequest r) {
        return Reply.ok(UserRoleWire.of(roles.get(r.caller(), r.path("id")), r.links()));
    }

    private Reply update(ApiRequest r) throws IOException {
        UserRoleWire body = r.body(UserRoleWire.class);
        return Reply.ok(
                UserRoleWire.of(
                        roles.update(r.caller(), r.path("id"), body.toDetails()), r.links()));
    }

    private Reply delete(ApiRequest r) {
        roles.delete(r.caller(), r.path("id"));
        return Reply.empty();
    }

    /** {@code {"ProjectView": {Description, SupportedRestrictions, CanApplyAt…}, …}}. */
    private Reply catalog(ApiRequest r) {
        Map<String, Object> all = new LinkedHashMap<>();
        for (Permission p : permissions.all()) {
            all.put(
                    p.name(),
                    new PermissionDescriptionWire(
                            p.description(),
                            p.supportedRestrictions().stream()
                                    .sorted()
                                    .map(ScopeKind::wireName)
                                    .toList(),
                            p.level().atSystem(),
                            p.level().inSpace()));
        }
        return Reply.ok(all);
    }

    /** One permission's description in {@code /api/permissions/all}. */
    public record PermissionDescriptionWire(
            String description,
            List<String> supportedRestrictions,
            boolean canApplyAtSystemLevel,
            boolean canApplyAtSpaceLevel) {}

    private Reply userPermissions(ApiRequest r) {
        UserPermissions report = permissions.permissionsOf(r.caller(), userId(r));
        return Reply.ok(UserPermissionsWire.of(report, r.links()));
    }

    private Reply export(ApiRequest r) {
        StringWriter csv = new StringWriter();
        permissions.testPermissionsCsv(r.caller(), userId(r), csv);
        return Reply.text(csv.toString());
    }

    private Reply userTeams(ApiRequest r) {
        return Reply.ok(
                teams.teamsOf(r.caller(), userId(r)).stream()
                        .map(
                                t ->
                                        Map.of(
                                                "Id",
                                                t.id(),
                                                "Name",
                                                t.name(),
                                                "SpaceId",
                                                String.valueOf(t.spaceId())))
                        .toList());
    }

    private static String userId(ApiRequest r) {
        String id = r.path("id");
        return id.equalsIgnoreCase("me") ? r.caller().userId() : id;
    }
}

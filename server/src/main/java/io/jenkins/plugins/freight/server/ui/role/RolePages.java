package io.jenkins.plugins.freight.server.ui.role;

import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.UserRole;
import io.jenkins.plugins.freight.engine.security.UserRoleDetails;
import io.jenkins.plugins.freight.engine.security.UserRoleService;
import io.jenkins.plugins.freight.server.ui.Access;
import io.jenkins.plugins.freight.server.ui.UiRequest;
import io.jenkins.plugins.freight.server.ui.UiRoutes;
import java.io.IOException;

/** User roles: built-in ones to read, custom ones to create and edit. */
public final class RolePages {

    private final UserRoleService roles;
    private final Access access;

    public RolePages(UserRoleService roles, AccessPolicy policy) {
        this.roles = roles;
        this.access = new Access(policy);
    }

    public void register(UiRoutes routes) {
        routes.get("{space}/roles", this::list)
                .post("{space}/roles", this::create)
                .get("{space}/roles/{role}", this::show)
                .post("{space}/roles/{role}", this::update);
    }

    private void list(UiRequest r) throws IOException {
        r.render(
                "role/list.jte",
                new RolesPage(r.frame("Roles", "roles"), roles.list(r.caller()), canEdit(r)));
    }

    private void show(UiRequest r) throws IOException {
        UserRole role = roles.get(r.caller(), r.path("role"));
        r.render(
                "role/role.jte",
                new RolePage(r.frame(role.name(), "roles"), role, !role.builtIn() && canEdit(r)));
    }

    private void create(UiRequest r) {
        UserRole role = roles.create(r.caller(), details(r));
        r.redirect(r.links().role(r.spaceId(), role.id()));
    }

    private void update(UiRequest r) {
        UserRole role = roles.update(r.caller(), r.path("role"), details(r));
        r.redirect(r.links().role(r.spaceId(), role.id()));
    }

    private static UserRoleDetails details(UiRequest r) {
        return new UserRoleDetails(
                r.requiredParam("name", "Name"),
                r.param("description"),
                r.params("spacePermissions"),
                r.params("systemPermissions"));
    }

    private boolean canEdit(UiRequest r) {
        return access.allows(r.caller(), "UserRoleEdit", null, null, null);
    }
}

package io.jenkins.plugins.freight.server.ui.user;

import io.jenkins.plugins.freight.engine.error.ForbiddenException;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.IdentityService;
import io.jenkins.plugins.freight.engine.security.PermissionService;
import io.jenkins.plugins.freight.engine.security.SignInService;
import io.jenkins.plugins.freight.engine.security.User;
import io.jenkins.plugins.freight.engine.security.UserDetails;
import io.jenkins.plugins.freight.engine.security.UserPermissions;
import io.jenkins.plugins.freight.server.ui.Access;
import io.jenkins.plugins.freight.server.ui.UiProblem;
import io.jenkins.plugins.freight.server.ui.UiRequest;
import io.jenkins.plugins.freight.server.ui.UiRoutes;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

/** Users (list, create, deactivate, delete) and Test Permissions with its CSV export. */
public final class UserPages {

    private final IdentityService identity;
    private final SignInService signIn;
    private final PermissionService permissions;
    private final Access access;

    public UserPages(
            IdentityService identity,
            SignInService signIn,
            PermissionService permissions,
            AccessPolicy policy) {
        this.identity = identity;
        this.signIn = signIn;
        this.permissions = permissions;
        this.access = new Access(policy);
    }

    public void register(UiRoutes routes) {
        routes.get("{space}/users", this::list)
                .post("{space}/users", this::create)
                .post("{space}/users/{user}/active", this::setActive)
                .post("{space}/users/{user}/password", this::setPassword)
                .post("{space}/users/{user}/delete", this::delete)
                .get("{space}/account", this::account)
                .post("{space}/account", this::changeOwnPassword)
                .get("{space}/permissions", this::testPermissions)
                .get("{space}/permissions/csv", this::testPermissionsCsv);
    }

    private void list(UiRequest r) throws IOException {
        r.render(
                "user/list.jte",
                new UsersPage(
                        r.frame("Users", "users"),
                        identity.listUsers(r.caller(), null),
                        access.allows(r.caller(), "UserEdit", null, null, null),
                        r.caller().userId()));
    }

    private void create(UiRequest r) {
        String password = r.servletRequest().getParameter("password");
        boolean service = "on".equals(r.param("service"));
        boolean withPassword = !service && password != null && !password.isEmpty();
        if (withPassword) {
            SignInService.requireValidPassword(password);
        }
        User user =
                identity.createUser(
                        r.caller(),
                        new UserDetails(
                                r.requiredParam("username", "Username"),
                                r.requiredParam("displayName", "Display name"),
                                r.param("email"),
                                true,
                                service));
        if (withPassword) {
            signIn.setPassword(r.caller(), user.id(), password);
        }
        r.redirect(r.links().users(r.spaceId()));
    }

    /** Deactivates (or reactivates) a user: a deactivated user's sessions and keys stop working. */
    /** Deletes the user; the engine refuses oneself and the last system administrator. */
    private void delete(UiRequest r) {
        identity.deleteUser(r.caller(), r.path("user"));
        r.redirect(r.links().users(r.spaceId()));
    }

    private void setActive(UiRequest r) {
        User user = identity.getUser(r.caller(), r.path("user"));
        boolean active = "true".equals(r.param("active"));
        identity.updateUser(
                r.caller(),
                user.id(),
                new UserDetails(
                        user.username(),
                        user.displayName(),
                        user.emailAddress(),
                        active,
                        user.service()));
        r.redirect(r.links().users(r.spaceId()));
    }

    /** An administrator (UserEdit) sets someone's password. */
    private void setPassword(UiRequest r) {
        User user = identity.getUser(r.caller(), r.path("user"));
        signIn.setPassword(r.caller(), user.id(), r.servletRequest().getParameter("password"));
        r.redirect(r.links().users(r.spaceId()));
    }

    private void account(UiRequest r) throws IOException {
        r.render(
                "user/account.jte",
                new AccountPage(
                        r.frame("Your account", "account"),
                        identity.currentUser(r.caller()),
                        signIn.hasPassword(r.caller().userId()),
                        false));
    }

    /**
     * Anyone changes their own password, giving the current one (if they have one); the two new
     * fields must match.
     */
    private void changeOwnPassword(UiRequest r) throws IOException {
        String password = r.servletRequest().getParameter("password");
        String repeated = r.servletRequest().getParameter("repeat");
        if (password == null || !password.equals(repeated)) {
            throw UiProblem.badRequest("The two passwords differ; nothing was changed.");
        }
        signIn.changeOwnPassword(
                r.caller(),
                r.servletRequest().getParameter("current"),
                password,
                r.servletRequest().getRemoteAddr());
        r.render(
                "user/account.jte",
                new AccountPage(
                        r.frame("Your account", "account"),
                        identity.currentUser(r.caller()),
                        true,
                        true));
    }

    private void testPermissions(UiRequest r) throws IOException {
        String chosen = r.param("user");
        List<User> choices = choices(r);
        User user = null;
        List<io.jenkins.plugins.freight.engine.security.Team> teams = List.of();
        List<UserPermissions.GridRow> grid = List.of();
        if (chosen != null) {
            UserPermissions report = permissions.permissionsOf(r.caller(), userId(r, chosen));
            user = report.user();
            teams = report.teams();
            grid = report.grid();
        }
        r.render(
                "user/permissions.jte",
                new TestPermissionsPage(
                        r.frame("Test Permissions", "users"), choices, user, teams, grid));
    }

    private void testPermissionsCsv(UiRequest r) throws IOException {
        String userId = userId(r, r.requiredParam("user", "User"));
        StringWriter csv = new StringWriter();
        permissions.testPermissionsCsv(r.caller(), userId, csv);
        r.csv("permissions-" + userId + ".csv", csv.toString());
    }

    /** Everyone the caller may look up; without {@code UserView}, only themselves. */
    private List<User> choices(UiRequest r) {
        try {
            return identity.listUsers(r.caller(), null);
        } catch (ForbiddenException e) {
            return List.of(identity.currentUser(r.caller()));
        }
    }

    /** The caller's own id needs no lookup (and no {@code UserView}). */
    private String userId(UiRequest r, String idOrUsername) {
        if (idOrUsername.equals(r.caller().userId())) {
            return idOrUsername;
        }
        return identity.getUser(r.caller(), idOrUsername).id();
    }
}

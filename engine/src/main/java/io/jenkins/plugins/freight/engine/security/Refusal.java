package io.jenkins.plugins.freight.engine.security;

import io.jenkins.plugins.freight.engine.error.ForbiddenException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;

/**
 * The message of a refused action: the missing permission, the scope that matters and the teams
 * that hold it there, by name — e.g. "Missing permission DeploymentCreate for environment Prod;
 * granted to teams: Production Deployers".
 *
 * <p>The teams are those a user would ask or join: the built-in administrators' teams (Octopus
 * Administrators, Space Managers) hold every permission by definition, so they are named only when
 * no other team holds it there — then the message says that only administrators can.
 *
 * <p>The scope names the documents of the kinds by which some team's grant of that permission is
 * restricted (naming the project when nobody restricts by project would only add noise); without
 * any, it names the space.
 */
final class Refusal {

    private static final ScopeKind[] ORDER = {
        ScopeKind.PROJECTS, ScopeKind.ENVIRONMENTS, ScopeKind.TENANTS, ScopeKind.PROJECT_GROUPS
    };

    private Refusal() {}

    static ForbiddenException of(
            Handle handle,
            Permission permission,
            PermissionScope scope,
            List<Grant> everyGrant,
            UnaryOperator<String> groupOf) {
        TreeSet<String> teams = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        TreeSet<String> administrators = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Grant g : everyGrant) {
            if (TeamAccessPolicy.holds(List.of(g), permission, scope, groupOf)) {
                (isAdministrators(g.teamId()) ? administrators : teams).add(g.teamName());
            }
        }
        if (teams.isEmpty()) {
            teams = administrators;
        }
        String message =
                "Missing permission "
                        + permission.name()
                        + where(handle, permission, scope, everyGrant)
                        + "; granted to teams: "
                        + (teams.isEmpty() ? "none" : String.join(", ", teams));
        return new ForbiddenException(message, permission.name(), List.copyOf(teams));
    }

    private static boolean isAdministrators(String teamId) {
        return Team.ADMINISTRATORS.equals(teamId) || teamId.startsWith(Team.SPACE_MANAGERS_PREFIX);
    }

    private static String where(
            Handle handle, Permission permission, PermissionScope scope, List<Grant> everyGrant) {
        if (permission.level() == Permission.Level.SYSTEM || scope.isSystem()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (ScopeKind kind : ORDER) {
            String id = scope.idOf(kind);
            if (id == null || !permission.supports(kind)) {
                continue;
            }
            boolean restrictedSomewhere =
                    everyGrant.stream()
                            .anyMatch(
                                    g ->
                                            g.role().spacePermissions().contains(permission)
                                                    && PermissionRules.restricts(
                                                            g.assignment(), permission, kind));
            if (restrictedSomewhere) {
                parts.add(kind.noun() + " " + ScopeNames.name(handle, kind, id));
            }
        }
        return parts.isEmpty()
                ? " in space " + ScopeNames.spaceName(handle, scope.spaceId())
                : " for " + String.join(", ", parts);
    }
}

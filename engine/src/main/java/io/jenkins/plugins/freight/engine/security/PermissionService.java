package io.jenkins.plugins.freight.engine.security;

import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.storage.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * What users may do: the permission catalog, one user's effective permissions, and Test Permissions
 * (their teams and a role-by-scope grid, exportable as CSV). Looking at someone else needs {@code
 * UserView} and {@code UserRoleView}; everybody may look at themselves.
 */
public final class PermissionService {

    private final Database database;
    private final AccessPolicy access;
    private final UserRepository users = new JdbcUserRepository();
    private final TeamRepository teams = new JdbcTeamRepository();
    private final GrantLoader grants =
            new GrantLoader(
                    teams, new JdbcScopedUserRoleRepository(), new JdbcUserRoleRepository());

    public PermissionService(Database database, AccessPolicy access) {
        this.database = database;
        this.access = access;
    }

    /** Every permission with its description, level and supported restrictions. */
    public List<Permission> all() {
        return List.of(Permission.values());
    }

    public UserPermissions permissionsOf(Caller caller, String userId) {
        if (!caller.userId().equals(userId)) {
            access.require(caller, "UserView", null);
            access.require(caller, "UserRoleView", null);
        }
        return database.withHandle(h -> report(h, userId));
    }

    /** The Test Permissions grid as CSV, header first. */
    public void testPermissionsCsv(Caller caller, String userId, Writer out) {
        UserPermissions report = permissionsOf(caller, userId);
        try {
            csvLine(
                    out,
                    List.of(
                            "Team",
                            "Role",
                            "Space",
                            "Environments",
                            "Projects",
                            "Project groups",
                            "Tenants",
                            "Permissions"));
            for (UserPermissions.GridRow row : report.grid()) {
                csvLine(
                        out,
                        List.of(
                                row.team(),
                                row.role(),
                                row.space(),
                                row.environments(),
                                row.projects(),
                                row.projectGroups(),
                                row.tenants(),
                                String.join(" ", row.permissions())));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private UserPermissions report(Handle h, String userId) {
        User user =
                users.findById(h, userId)
                        .or(() -> users.findByUsername(h, userId))
                        .orElseThrow(() -> NotFoundException.of("User", userId));
        List<Team> userTeams = teams.findAll(h, grants.teamIdsOf(h, user.id()));
        List<Grant> held = grants.forUser(h, user.id());
        EnumSet<Permission> system = EnumSet.noneOf(Permission.class);
        Map<Permission, List<UserPermissions.Restriction>> space = new TreeMap<>();
        List<UserPermissions.GridRow> grid = new ArrayList<>();
        for (Grant g : held) {
            system.addAll(g.role().systemPermissions());
            ScopedUserRole a = g.assignment();
            if (a.spaceId() != null) {
                for (Permission p : g.role().spacePermissions()) {
                    space.computeIfAbsent(p, k -> new ArrayList<>())
                            .add(
                                    new UserPermissions.Restriction(
                                            a.spaceId(),
                                            a.projectIds(),
                                            a.environmentIds(),
                                            a.tenantIds(),
                                            a.projectGroupIds()));
                }
            }
            grid.add(row(h, g));
        }
        return new UserPermissions(user, userTeams, system, new LinkedHashMap<>(space), grid);
    }

    private static UserPermissions.GridRow row(Handle h, Grant g) {
        ScopedUserRole a = g.assignment();
        EnumSet<Permission> permissions = EnumSet.noneOf(Permission.class);
        permissions.addAll(g.role().systemPermissions());
        if (a.spaceId() != null) {
            permissions.addAll(g.role().spacePermissions());
        }
        return new UserPermissions.GridRow(
                g.teamName(),
                g.role().name(),
                a.spaceId() == null ? "System" : ScopeNames.spaceName(h, a.spaceId()),
                names(h, ScopeKind.ENVIRONMENTS, a.environmentIds()),
                names(h, ScopeKind.PROJECTS, a.projectIds()),
                names(h, ScopeKind.PROJECT_GROUPS, a.projectGroupIds()),
                names(h, ScopeKind.TENANTS, a.tenantIds()),
                permissions.stream().map(Enum::name).toList());
    }

    private static String names(Handle h, ScopeKind kind, List<String> ids) {
        return ids.isEmpty()
                ? "All"
                : ids.stream()
                        .map(id -> ScopeNames.name(h, kind, id))
                        .collect(Collectors.joining("; "));
    }

    private static void csvLine(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String f = fields.get(i);
            if (!f.isEmpty() && "=+-@".indexOf(f.charAt(0)) >= 0) {
                f = "'" + f;
            }
            out.write(
                    f.contains(",") || f.contains("\"") || f.contains("\n")
                            ? "\"" + f.replace("\"", "\"\"") + "\""
                            : f);
        }
        out.write("\r\n");
    }
}

package io.jenkins.plugins.freight.engine.security;

import io.jenkins.plugins.freight.engine.error.ForbiddenException;
import java.util.HashSet;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * A user cannot grant more than they hold: defining a role, giving a role to a team, or adding a
 * member to a team is refused when it would hand out a permission the caller does not hold at least
 * as widely themselves.
 */
final class GrantCeiling {

    private final GrantLoader grants;

    GrantCeiling(GrantLoader grants) {
        this.grants = grants;
    }

    /** For defining a role: the caller holds every permission in it, unrestricted, somewhere. */
    void requireMayDefine(Handle handle, Caller caller, UserRole role) {
        if (caller.isSystem()) {
            return;
        }
        List<Grant> mine = grants.forUser(handle, caller.userId());
        for (Permission p : ordered(role.systemPermissions())) {
            if (mine.stream().noneMatch(g -> g.role().systemPermissions().contains(p))) {
                throw refused(p, "at system level");
            }
        }
        for (Permission p : ordered(role.spacePermissions())) {
            boolean held =
                    mine.stream()
                            .anyMatch(
                                    g ->
                                            g.assignment().spaceId() != null
                                                    && g.role().spacePermissions().contains(p)
                                                    && unrestrictedFor(g.assignment(), p));
            if (!held) {
                throw refused(p, "without restrictions in any space");
            }
        }
    }

    /** For giving a role to a team: the caller holds each of its permissions at least as widely. */
    void requireMayGrant(Handle handle, Caller caller, UserRole role, ScopedUserRole assignment) {
        if (caller.isSystem()) {
            return;
        }
        List<Grant> mine = grants.forUser(handle, caller.userId());
        for (Permission p : ordered(role.systemPermissions())) {
            if (mine.stream().noneMatch(g -> g.role().systemPermissions().contains(p))) {
                throw refused(p, "at system level");
            }
        }
        if (assignment.spaceId() == null) {
            return;
        }
        for (Permission p : ordered(role.spacePermissions())) {
            boolean held =
                    mine.stream()
                            .anyMatch(
                                    g ->
                                            assignment.spaceId().equals(g.assignment().spaceId())
                                                    && g.role().spacePermissions().contains(p)
                                                    && covers(g.assignment(), assignment, p));
            if (!held) {
                throw refused(p, "in that space with that scope");
            }
        }
    }

    /** For adding members: the caller could grant every role the team has. */
    void requireMayGrantTeam(Handle handle, Caller caller, List<Grant> teamGrants) {
        for (Grant g : teamGrants) {
            requireMayGrant(handle, caller, g.role(), g.assignment());
        }
    }

    private static java.util.Set<Permission> ordered(java.util.Set<Permission> permissions) {
        return permissions.isEmpty() ? java.util.Set.of() : java.util.EnumSet.copyOf(permissions);
    }

    private static boolean unrestrictedFor(ScopedUserRole assignment, Permission p) {
        for (ScopeKind kind : ScopeKind.values()) {
            if (PermissionRules.restricts(assignment, p, kind)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code mine} reaches everything {@code theirs} would, for this permission. */
    static boolean covers(ScopedUserRole mine, ScopedUserRole theirs, Permission p) {
        for (ScopeKind kind : ScopeKind.values()) {
            if (!PermissionRules.restricts(mine, p, kind)) {
                continue;
            }
            if (!PermissionRules.restricts(theirs, p, kind)) {
                return false;
            }
            if (!new HashSet<>(mine.restriction(kind)).containsAll(theirs.restriction(kind))) {
                return false;
            }
            if (kind == ScopeKind.PROJECTS
                    && !p.supports(ScopeKind.PROJECT_GROUPS)
                    && !new HashSet<>(mine.projectGroupIds())
                            .containsAll(theirs.projectGroupIds())) {
                return false;
            }
        }
        return true;
    }

    private static ForbiddenException refused(Permission p, String where) {
        return new ForbiddenException(
                "You cannot grant permission "
                        + p.name()
                        + " because you do not hold it "
                        + where
                        + " yourself",
                p.name(),
                List.of());
    }
}

package io.jenkins.plugins.freight.engine.security;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Whether one grant gives a permission in a scope. A restriction applies only to permissions that
 * support its kind; an empty restriction, or a scope that does not name a document of that kind,
 * does not exclude. Project-group restrictions also cover the projects of those groups.
 */
final class PermissionRules {

    private PermissionRules() {}

    /**
     * @param groupOf the project group of a project id (null when unknown)
     */
    static boolean grants(
            Grant grant,
            Permission permission,
            PermissionScope scope,
            UnaryOperator<String> groupOf) {
        if (permission.level() == Permission.Level.SYSTEM) {
            return grant.role().systemPermissions().contains(permission);
        }
        if (scope.isSystem()) {
            // a space-only permission asked without a space: held if held in some space;
            // a system-or-space permission asked at system level needs a system grant
            return permission.level() == Permission.Level.SPACE
                    ? grant.assignment().spaceId() != null
                            && grant.role().spacePermissions().contains(permission)
                    : grant.role().systemPermissions().contains(permission);
        }
        if (!scope.spaceId().equals(grant.assignment().spaceId())
                || !grant.role().spacePermissions().contains(permission)) {
            return false;
        }
        return withinRestrictions(grant.assignment(), permission, scope, groupOf);
    }

    static boolean withinRestrictions(
            ScopedUserRole assignment,
            Permission permission,
            PermissionScope scope,
            UnaryOperator<String> groupOf) {
        if (permission.supports(ScopeKind.ENVIRONMENTS)
                && !admits(assignment.environmentIds(), scope.environmentId())) {
            return false;
        }
        if (permission.supports(ScopeKind.TENANTS)
                && !admits(assignment.tenantIds(), scope.tenantId())) {
            return false;
        }
        if (permission.supports(ScopeKind.PROJECT_GROUPS)
                && !admits(assignment.projectGroupIds(), groupOf(scope, groupOf))) {
            return false;
        }
        if (permission.supports(ScopeKind.PROJECTS) && scope.projectId() != null) {
            boolean byProject = !assignment.projectIds().isEmpty();
            boolean byGroup =
                    !assignment.projectGroupIds().isEmpty()
                            && !permission.supports(ScopeKind.PROJECT_GROUPS);
            if (byProject || byGroup) {
                return byProject && assignment.projectIds().contains(scope.projectId())
                        || byGroup
                                && assignment.projectGroupIds().contains(groupOf(scope, groupOf));
            }
        }
        return true;
    }

    /** Whether any of the kinds that matter for this permission is restricted by the grant. */
    static boolean restricts(ScopedUserRole assignment, Permission permission, ScopeKind kind) {
        if (!permission.supports(kind)) {
            return false;
        }
        List<String> ids = assignment.restriction(kind);
        if (kind == ScopeKind.PROJECTS && !permission.supports(ScopeKind.PROJECT_GROUPS)) {
            return !ids.isEmpty() || !assignment.projectGroupIds().isEmpty();
        }
        return !ids.isEmpty();
    }

    private static String groupOf(PermissionScope scope, UnaryOperator<String> groupOf) {
        if (scope.projectGroupId() != null || scope.projectId() == null) {
            return scope.projectGroupId();
        }
        return groupOf.apply(scope.projectId());
    }

    private static boolean admits(List<String> restriction, String id) {
        return restriction.isEmpty() || id == null || restriction.contains(id);
    }
}

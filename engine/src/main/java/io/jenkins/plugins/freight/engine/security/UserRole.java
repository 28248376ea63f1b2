package io.jenkins.plugins.freight.engine.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * A named set of permissions that teams are given through {@link ScopedUserRole}s.
 *
 * @param id {@code userroles-<name>} for built-in roles, {@code UserRoles-N} for custom ones
 * @param spacePermissions granted within the space of an assignment
 * @param systemPermissions granted at system level (implicitly, when assigned in a space)
 * @param builtIn built-in roles have exactly the documented permission sets and cannot be changed
 *     or deleted
 */
public record UserRole(
        String id,
        String name,
        String description,
        Set<Permission> spacePermissions,
        Set<Permission> systemPermissions,
        boolean builtIn) {

    public UserRole {
        spacePermissions = copy(spacePermissions);
        systemPermissions = copy(systemPermissions);
        description = description == null ? "" : description;
    }

    /** Whether the role grants anything that only exists within a space. */
    public boolean hasSpacePermissions() {
        return !spacePermissions.isEmpty();
    }

    /** The scope kinds any of the role's space permissions can be restricted by. */
    public Set<ScopeKind> supportedRestrictions() {
        EnumSet<ScopeKind> kinds = EnumSet.noneOf(ScopeKind.class);
        spacePermissions.forEach(p -> kinds.addAll(p.supportedRestrictions()));
        return Set.copyOf(kinds);
    }

    private static Set<Permission> copy(Set<Permission> permissions) {
        return permissions == null || permissions.isEmpty()
                ? Set.of()
                : Set.copyOf(EnumSet.copyOf(permissions));
    }
}

package io.jenkins.plugins.freight.engine.security;

import java.util.List;

/**
 * What a caller supplies to define a custom role: permission names as Octopus spells them.
 *
 * @param name required, at most 200 characters, unique among all roles
 */
public record UserRoleDetails(
        String name,
        String description,
        List<String> spacePermissions,
        List<String> systemPermissions) {

    public UserRoleDetails {
        spacePermissions = spacePermissions == null ? List.of() : List.copyOf(spacePermissions);
        systemPermissions = systemPermissions == null ? List.of() : List.copyOf(systemPermissions);
    }
}

package io.jenkins.plugins.freight.server.teams;

import io.jenkins.plugins.freight.engine.security.Permission;
import io.jenkins.plugins.freight.engine.security.ScopeKind;
import io.jenkins.plugins.freight.engine.security.UserRole;
import io.jenkins.plugins.freight.engine.security.UserRoleDetails;
import io.jenkins.plugins.freight.server.http.Links;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The Octopus {@code UserRole} resource; also the body of creates and updates. */
public record UserRoleWire(
        String id,
        String name,
        String description,
        List<String> supportedRestrictions,
        List<String> spacePermissionDescriptions,
        List<String> systemPermissionDescriptions,
        List<String> grantedSpacePermissions,
        List<String> grantedSystemPermissions,
        Boolean canBeDeleted,
        Map<String, String> links) {

    static UserRoleWire of(UserRole r, Links l) {
        return new UserRoleWire(
                r.id(),
                r.name(),
                r.description(),
                r.supportedRestrictions().stream().sorted().map(ScopeKind::wireName).toList(),
                descriptions(r.spacePermissions()),
                descriptions(r.systemPermissions()),
                names(r.spacePermissions()),
                names(r.systemPermissions()),
                !r.builtIn(),
                Links.of("Self", l.api("/userroles/" + Links.segment(r.id()))));
    }

    UserRoleDetails toDetails() {
        return new UserRoleDetails(
                name, description, grantedSpacePermissions, grantedSystemPermissions);
    }

    private static List<String> names(Set<Permission> permissions) {
        return permissions.isEmpty()
                ? List.of()
                : EnumSet.copyOf(permissions).stream().map(Enum::name).toList();
    }

    private static List<String> descriptions(Set<Permission> permissions) {
        return permissions.isEmpty()
                ? List.of()
                : EnumSet.copyOf(permissions).stream().map(Permission::description).toList();
    }
}

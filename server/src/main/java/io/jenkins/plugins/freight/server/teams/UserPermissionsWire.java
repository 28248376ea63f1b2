package io.jenkins.plugins.freight.server.teams;

import io.jenkins.plugins.freight.engine.security.UserPermissions;
import io.jenkins.plugins.freight.server.http.Links;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Octopus's {@code UserPermissionSet}: {@code /api/users/{id}/permissions}. */
public record UserPermissionsWire(
        String id,
        Map<String, List<RestrictionWire>> spacePermissions,
        List<String> systemPermissions,
        List<TeamNameWire> teams,
        boolean isTeamsComplete,
        boolean isPermissionsComplete,
        Map<String, String> links) {

    /** One place a space permission is held. */
    public record RestrictionWire(
            String spaceId,
            List<String> restrictedToProjectIds,
            List<String> restrictedToEnvironmentIds,
            List<String> restrictedToTenantIds,
            List<String> restrictedToProjectGroupIds) {}

    /** A team of the user. */
    public record TeamNameWire(String id, String name, String spaceId) {}

    static UserPermissionsWire of(UserPermissions p, Links l) {
        Map<String, List<RestrictionWire>> space = new LinkedHashMap<>();
        p.spacePermissions()
                .forEach(
                        (permission, places) ->
                                space.put(
                                        permission.name(),
                                        places.stream()
                                                .map(
                                                        x ->
                                                                new RestrictionWire(
                                                                        x.spaceId(),
                                                                        x.projectIds(),
                                                                        x.environmentIds(),
                                                                        x.tenantIds(),
                                                                        x.projectGroupIds()))
                                                .toList()));
        String self = "/users/" + Links.segment(p.user().id()) + "/permissions";
        return new UserPermissionsWire(
                p.user().id(),
                space,
                p.systemPermissions().stream().map(Enum::name).sorted().toList(),
                p.teams().stream()
                        .map(t -> new TeamNameWire(t.id(), t.name(), t.spaceId()))
                        .toList(),
                true,
                true,
                Links.of("Self", l.api(self), "Export", l.api(self + "/export")));
    }
}

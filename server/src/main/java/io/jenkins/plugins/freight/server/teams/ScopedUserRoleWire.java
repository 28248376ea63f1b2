package io.jenkins.plugins.freight.server.teams;

import io.jenkins.plugins.freight.engine.security.ScopedUserRole;
import io.jenkins.plugins.freight.server.http.Links;
import java.util.List;
import java.util.Map;

/** The Octopus {@code ScopedUserRole} resource; also the body of creates and updates. */
public record ScopedUserRoleWire(
        String id,
        String userRoleId,
        String teamId,
        List<String> environmentIds,
        List<String> projectIds,
        List<String> projectGroupIds,
        List<String> tenantIds,
        String spaceId,
        Map<String, String> links) {

    static ScopedUserRoleWire of(ScopedUserRole s, Links l) {
        return new ScopedUserRoleWire(
                s.id(),
                s.userRoleId(),
                s.teamId(),
                s.environmentIds(),
                s.projectIds(),
                s.projectGroupIds(),
                s.tenantIds(),
                s.spaceId(),
                Links.of("Self", l.api("/scopeduserroles/" + Links.segment(s.id()))));
    }

    ScopedUserRole toModel() {
        return new ScopedUserRole(
                null,
                spaceId,
                teamId,
                userRoleId,
                environmentIds,
                projectIds,
                projectGroupIds,
                tenantIds);
    }
}

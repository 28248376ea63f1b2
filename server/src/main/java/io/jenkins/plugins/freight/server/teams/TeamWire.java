package io.jenkins.plugins.freight.server.teams;

import io.jenkins.plugins.freight.engine.security.Team;
import io.jenkins.plugins.freight.engine.security.TeamDetails;
import io.jenkins.plugins.freight.server.http.Links;
import java.util.List;
import java.util.Map;

/** The Octopus {@code Team} resource; also the body of creates and updates. */
public record TeamWire(
        String id,
        String name,
        String description,
        List<String> memberUserIds,
        List<Object> externalSecurityGroups,
        Boolean canBeDeleted,
        Boolean canBeRenamed,
        Boolean canChangeRoles,
        Boolean canChangeMembers,
        String spaceId,
        String slug,
        Map<String, String> links) {

    static TeamWire of(Team t, Links l) {
        String self = "/teams/" + Links.segment(t.id());
        return new TeamWire(
                t.id(),
                t.name(),
                t.description(),
                t.memberUserIds(),
                List.of(),
                t.canBeDeleted(),
                t.canBeRenamed(),
                t.canChangeRoles(),
                t.canChangeMembers(),
                t.spaceId(),
                t.id().toLowerCase(java.util.Locale.ROOT),
                Links.of(
                        "Self",
                        l.api(self),
                        "ScopedUserRoles",
                        l.api(self + "/scopeduserroles{?skip,take}")));
    }

    /** The details a create or update asks for; the space defaults to the route's. */
    TeamDetails toDetails(String routeSpaceId, boolean spaceGiven) {
        return new TeamDetails(
                name, description, spaceGiven ? spaceId : routeSpaceId, memberUserIds);
    }
}

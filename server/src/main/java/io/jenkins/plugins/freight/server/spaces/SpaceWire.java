package io.jenkins.plugins.freight.server.spaces;

import io.jenkins.plugins.freight.engine.space.Space;
import io.jenkins.plugins.freight.server.http.Links;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The Octopus {@code Space} resource. */
public record SpaceWire(
        String id,
        String name,
        String slug,
        String description,
        boolean isDefault,
        boolean isPrivate,
        boolean taskQueueStopped,
        List<String> spaceManagersTeams,
        List<String> spaceManagersTeamMembers,
        Object icon,
        Instant lastModifiedOn,
        String lastModifiedBy,
        Map<String, String> links) {

    public static SpaceWire of(Space space, Links l) {
        String id = Links.segment(space.id());
        return new SpaceWire(
                space.id(),
                space.name(),
                space.slug(),
                space.description(),
                space.isDefault(),
                false,
                space.taskQueueStopped(),
                space.spaceManagersTeams(),
                space.spaceManagersTeamMembers(),
                null,
                space.lastModifiedOn(),
                space.lastModifiedBy(),
                Links.of(
                        "Self", l.api("/spaces/" + id),
                        "SpaceHome", l.api("/" + id),
                        "Web", l.web("/" + id)));
    }
}

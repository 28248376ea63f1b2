package io.jenkins.plugins.freight.server.spaces;

import io.jenkins.plugins.freight.engine.space.Space;
import java.util.List;

/** What clients send to create or update a space. */
record SpaceBody(
        String name,
        String slug,
        String description,
        Boolean isDefault,
        Boolean taskQueueStopped,
        List<String> spaceManagersTeams,
        List<String> spaceManagersTeamMembers) {

    Space toSpace(Space current) {
        return new Space(
                current == null ? null : current.id(),
                name != null ? name : current == null ? null : current.name(),
                slug != null ? slug : current == null ? null : current.slug(),
                description != null ? description : current == null ? "" : current.description(),
                isDefault != null ? isDefault : current != null && current.isDefault(),
                taskQueueStopped != null
                        ? taskQueueStopped
                        : current != null && current.taskQueueStopped(),
                spaceManagersTeams != null
                        ? spaceManagersTeams
                        : current == null ? List.of() : current.spaceManagersTeams(),
                spaceManagersTeamMembers != null
                        ? spaceManagersTeamMembers
                        : current == null ? List.of() : current.spaceManagersTeamMembers(),
                null,
                null);
    }
}

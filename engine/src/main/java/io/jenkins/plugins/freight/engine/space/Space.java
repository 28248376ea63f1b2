package io.jenkins.plugins.freight.engine.space;

import java.time.Instant;
import java.util.List;

/**
 * A space: a hard wall around environments, projects, targets, feeds and everything else except
 * users and teams. {@code Spaces-1} "Default" exists from the first start.
 *
 * @param id {@code Spaces-N}
 * @param name unique (case-insensitive) among spaces
 * @param slug generated from the name when not given
 * @param isDefault whether the legacy routes without a space ({@code /api/projects}) mean this one
 * @param taskQueueStopped whether new tasks of this space wait instead of running
 * @param spaceManagersTeams teams ({@code Teams-N}) that manage this space
 * @param spaceManagersTeamMembers users ({@code Users-N}) that manage this space
 */
public record Space(
        String id,
        String name,
        String slug,
        String description,
        boolean isDefault,
        boolean taskQueueStopped,
        List<String> spaceManagersTeams,
        List<String> spaceManagersTeamMembers,
        Instant lastModifiedOn,
        String lastModifiedBy) {

    /** The space every installation starts with. */
    public static final String DEFAULT_ID = "Spaces-1";

    public Space {
        description = description == null ? "" : description;
        spaceManagersTeams = Documents.listCopy(spaceManagersTeams);
        spaceManagersTeamMembers = Documents.listCopy(spaceManagersTeamMembers);
    }

    /** A new, non-default space with just a name (the rest defaulted). */
    public static Space named(String name) {
        return new Space(null, name, null, "", false, false, List.of(), List.of(), null, null);
    }

    public Space withDescription(String value) {
        return new Space(
                id,
                name,
                slug,
                value,
                isDefault,
                taskQueueStopped,
                spaceManagersTeams,
                spaceManagersTeamMembers,
                lastModifiedOn,
                lastModifiedBy);
    }

    Space stored(String newId, String newSlug, Instant on, String by) {
        return new Space(
                newId,
                name,
                newSlug,
                description,
                isDefault,
                taskQueueStopped,
                spaceManagersTeams,
                spaceManagersTeamMembers,
                on,
                by);
    }
}

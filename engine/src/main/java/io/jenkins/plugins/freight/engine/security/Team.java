package io.jenkins.plugins.freight.engine.security;

import java.time.Instant;
import java.util.List;

/**
 * A group of users that roles are given to. A team with no space is a system team, usable in every
 * space; a space team belongs to one space.
 *
 * @param id {@code Teams-N}, or a built-in id ({@code teams-everyone}, {@code
 *     teams-administrators}, {@code teams-spacemanagers-Spaces-N})
 * @param memberUserIds the members; always empty for Everyone, which contains every user
 */
public record Team(
        String id,
        String spaceId,
        String name,
        String description,
        List<String> memberUserIds,
        Instant lastModifiedOn,
        String lastModifiedBy) {

    public static final String EVERYONE = "teams-everyone";
    public static final String ADMINISTRATORS = "teams-administrators";
    static final String SPACE_MANAGERS_PREFIX = "teams-spacemanagers-";

    public Team {
        memberUserIds = memberUserIds == null ? List.of() : List.copyOf(memberUserIds);
        description = description == null ? "" : description;
    }

    /** The id of a space's built-in Space Managers team. */
    public static String spaceManagersOf(String spaceId) {
        return SPACE_MANAGERS_PREFIX + spaceId;
    }

    public boolean isBuiltIn() {
        return id.equals(EVERYONE)
                || id.equals(ADMINISTRATORS)
                || id.startsWith(SPACE_MANAGERS_PREFIX);
    }

    public boolean canBeDeleted() {
        return !isBuiltIn();
    }

    public boolean canBeRenamed() {
        return !isBuiltIn();
    }

    /** The administrators' roles are fixed. */
    public boolean canChangeRoles() {
        return !id.equals(ADMINISTRATORS);
    }

    /** Everyone always contains every user. */
    public boolean canChangeMembers() {
        return !id.equals(EVERYONE);
    }

    public Team withMembers(List<String> value) {
        return new Team(id, spaceId, name, description, value, lastModifiedOn, lastModifiedBy);
    }
}

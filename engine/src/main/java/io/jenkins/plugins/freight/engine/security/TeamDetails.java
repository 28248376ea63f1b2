package io.jenkins.plugins.freight.engine.security;

import java.util.List;

/**
 * What a caller supplies to create or change a team.
 *
 * @param spaceId null for a system team; ignored on update (a team stays where it is)
 * @param memberUserIds the complete list of members (null: none)
 */
public record TeamDetails(
        String name, String description, String spaceId, List<String> memberUserIds) {

    public TeamDetails {
        memberUserIds =
                memberUserIds == null ? List.of() : memberUserIds.stream().distinct().toList();
    }
}

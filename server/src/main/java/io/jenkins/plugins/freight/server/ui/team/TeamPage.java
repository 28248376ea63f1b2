package io.jenkins.plugins.freight.server.ui.team;

import io.jenkins.plugins.freight.engine.security.ScopedUserRole;
import io.jenkins.plugins.freight.engine.security.Team;
import io.jenkins.plugins.freight.engine.security.User;
import io.jenkins.plugins.freight.engine.security.UserRole;
import io.jenkins.plugins.freight.server.ui.PageFrame;
import java.util.List;
import java.util.Map;

/**
 * One team: its members, its roles with their scopes, and (for those who may edit it) forms to
 * change both.
 *
 * @param users every user the signed-in user may see, by id (names for members, choices to add)
 * @param roles every role, by id
 * @param canEdit whether the signed-in user holds {@code TeamEdit} for the team
 */
public record TeamPage(
        PageFrame frame,
        Team team,
        Map<String, User> users,
        List<ScopedUserRole> assignments,
        Map<String, UserRole> roles,
        ScopeChoices scopes,
        boolean canEdit) {

    public String userName(String id) {
        User user = users.get(id);
        return user == null ? id : user.displayName() + " (" + user.username() + ")";
    }

    public String roleName(String id) {
        UserRole role = roles.get(id);
        return role == null ? id : role.name();
    }

    /** Users not yet members, to add. */
    public List<User> nonMembers() {
        return users.values().stream().filter(u -> !team.memberUserIds().contains(u.id())).toList();
    }

    public String where(ScopedUserRole assignment) {
        return assignment.spaceId() == null ? "System" : "This space";
    }
}

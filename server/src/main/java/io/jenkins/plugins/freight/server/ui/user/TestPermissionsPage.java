package io.jenkins.plugins.freight.server.ui.user;

import io.jenkins.plugins.freight.engine.security.Team;
import io.jenkins.plugins.freight.engine.security.User;
import io.jenkins.plugins.freight.engine.security.UserPermissions;
import io.jenkins.plugins.freight.server.ui.PageFrame;
import java.util.List;

/**
 * Test Permissions: the users to choose from, and for the chosen one their teams and the
 * role-by-scope grid.
 *
 * @param choices the users the signed-in user may look at (only themselves without {@code
 *     UserView})
 * @param user the chosen user, or null before one is chosen
 */
public record TestPermissionsPage(
        PageFrame frame,
        List<User> choices,
        User user,
        List<Team> teams,
        List<UserPermissions.GridRow> grid) {

    public TestPermissionsPage {
        choices = List.copyOf(choices);
        teams = List.copyOf(teams);
        grid = List.copyOf(grid);
    }

    public boolean chosen(User candidate) {
        return user != null && user.id().equals(candidate.id());
    }
}

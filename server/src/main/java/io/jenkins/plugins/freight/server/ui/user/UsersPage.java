package io.jenkins.plugins.freight.server.ui.user;

import io.jenkins.plugins.freight.engine.security.User;
import io.jenkins.plugins.freight.server.ui.PageFrame;
import java.util.List;

/**
 * The users, and the form to add one.
 *
 * @param canEdit whether the signed-in user holds {@code UserEdit} (create, deactivate, delete)
 * @param selfId the signed-in user, who cannot delete themselves
 */
public record UsersPage(PageFrame frame, List<User> users, boolean canEdit, String selfId) {

    public UsersPage {
        users = List.copyOf(users);
    }
}

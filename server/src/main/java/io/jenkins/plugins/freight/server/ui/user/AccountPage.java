package io.jenkins.plugins.freight.server.ui.user;

import io.jenkins.plugins.freight.engine.security.User;
import io.jenkins.plugins.freight.server.ui.PageFrame;

/**
 * The signed-in user's own account: who they are and a form to change their password.
 *
 * @param hasPassword the form asks for the current password
 * @param changed the password was just changed
 */
public record AccountPage(PageFrame frame, User user, boolean hasPassword, boolean changed) {}

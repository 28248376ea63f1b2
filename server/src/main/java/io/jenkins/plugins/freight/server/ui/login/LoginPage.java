package io.jenkins.plugins.freight.server.ui.login;

import io.jenkins.plugins.freight.server.ui.PageFrame;

/**
 * The sign-in form.
 *
 * @param frame the layout (its CSRF token is the anonymous session's)
 * @param username what was typed last time, or empty
 * @param next where to go after signing in (an address inside the UI), or empty
 * @param error why the last attempt failed, or null
 */
public record LoginPage(PageFrame frame, String username, String next, String error) {}

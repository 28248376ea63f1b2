package io.jenkins.plugins.freight.server.ui.role;

import io.jenkins.plugins.freight.engine.security.UserRole;
import io.jenkins.plugins.freight.server.ui.PageFrame;

/**
 * One role's permissions; a custom role is editable by those who hold {@code UserRoleEdit}.
 *
 * @param canEdit whether the form is offered (never for a built-in role)
 */
public record RolePage(PageFrame frame, UserRole role, boolean canEdit) {}

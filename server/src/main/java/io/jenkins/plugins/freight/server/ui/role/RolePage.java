package io.jenkins.plugins.freight.server.ui.role;

import io.jenkins.plugins.freight.engine.security.Permission;
import io.jenkins.plugins.freight.engine.security.UserRole;
import io.jenkins.plugins.freight.server.ui.PageFrame;
import java.util.List;
import java.util.Set;

/**
 * One role's permissions; a custom role is editable by those who hold {@code UserRoleEdit}.
 *
 * @param canEdit whether the form is offered (never for a built-in role)
 */
public record RolePage(PageFrame frame, UserRole role, boolean canEdit) {

    /** In the order of Octopus's permission list. */
    public static List<Permission> inOrder(Set<Permission> permissions) {
        return permissions.stream().sorted().toList();
    }
}

package io.jenkins.plugins.freight.server.ui.role;

import io.jenkins.plugins.freight.engine.security.Permission;
import io.jenkins.plugins.freight.engine.security.UserRole;
import io.jenkins.plugins.freight.server.ui.PageFrame;
import java.util.Arrays;
import java.util.List;

/**
 * The roles (built-in ones read-only) and, for those who may, the form to define a custom one.
 *
 * @param canEdit whether the signed-in user holds {@code UserRoleEdit}
 */
public record RolesPage(PageFrame frame, List<UserRole> roles, boolean canEdit) {

    public RolesPage {
        roles = List.copyOf(roles);
    }

    /** Permissions a role can grant within a space. */
    public static List<Permission> spacePermissions() {
        return Arrays.stream(Permission.values()).filter(p -> p.level().inSpace()).toList();
    }

    /** Permissions a role can grant at system level. */
    public static List<Permission> systemPermissions() {
        return Arrays.stream(Permission.values()).filter(p -> p.level().atSystem()).toList();
    }
}

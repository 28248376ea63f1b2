package io.jenkins.plugins.freight.engine.security;

import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The active users who administer the system: members of Octopus Administrators or of any team
 * given the System administrator role at system level (every user when Everyone has it). Deleting
 * the last of them would leave nobody able to manage users, teams and roles.
 */
final class SystemAdministrators {

    private SystemAdministrators() {}

    /** The ids of the active system administrators. */
    static List<String> activeIds(Handle handle) {
        boolean everyoneIsAdministrator =
                handle.createQuery(
                                        "SELECT COUNT(*) FROM scoped_user_roles WHERE team_id ="
                                                + " :everyone AND user_role_id = :role AND space_id"
                                                + " IS NULL")
                                .bind("everyone", Team.EVERYONE)
                                .bind("role", BuiltInRoles.SYSTEM_ADMINISTRATOR)
                                .mapTo(Integer.class)
                                .one()
                        > 0;
        if (everyoneIsAdministrator) {
            return handle.createQuery("SELECT id FROM users WHERE is_active = TRUE ORDER BY id")
                    .mapTo(String.class)
                    .list();
        }
        return handle.createQuery(
                        "SELECT DISTINCT u.id FROM users u JOIN team_members m ON m.user_id = u.id"
                                + " WHERE u.is_active = TRUE AND (m.team_id = :administrators OR"
                                + " m.team_id IN (SELECT team_id FROM scoped_user_roles WHERE"
                                + " user_role_id = :role AND space_id IS NULL)) ORDER BY u.id")
                .bind("administrators", Team.ADMINISTRATORS)
                .bind("role", BuiltInRoles.SYSTEM_ADMINISTRATOR)
                .mapTo(String.class)
                .list();
    }
}

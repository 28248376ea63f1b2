package io.jenkins.plugins.freight.engine.security;

import io.jenkins.plugins.freight.engine.audit.AuditLog;
import io.jenkins.plugins.freight.engine.storage.Database;
import java.time.Clock;

/**
 * The permission model assembled: the access policy every service consults, and the services that
 * manage teams, roles, role assignments and report permissions.
 */
public final class SecurityModel {

    private final TeamAccessPolicy policy;
    private final TeamService teams;
    private final UserRoleService userRoles;
    private final ScopedUserRoleService scopedUserRoles;
    private final PermissionService permissions;
    private final SignInService signIn;
    private final BuiltInTeams builtInTeams = new BuiltInTeams();

    public SecurityModel(Database database, Clock clock, AuditLog audit) {
        this.policy = new TeamAccessPolicy(database);
        this.teams = new TeamService(database, policy, clock, audit);
        this.userRoles = new UserRoleService(database, policy, clock, audit);
        this.scopedUserRoles = new ScopedUserRoleService(database, policy, audit);
        this.permissions = new PermissionService(database, policy);
        this.signIn = new SignInService(database, policy, clock, audit);
    }

    public AccessPolicy policy() {
        return policy;
    }

    public TeamService teams() {
        return teams;
    }

    public UserRoleService userRoles() {
        return userRoles;
    }

    public ScopedUserRoleService scopedUserRoles() {
        return scopedUserRoles;
    }

    public PermissionService permissions() {
        return permissions;
    }

    /** Passwords, sign-in throttling and web sessions with CSRF tokens. */
    public SignInService signIn() {
        return signIn;
    }

    /** Space hooks: Space Managers teams created and removed with their spaces. */
    public BuiltInTeams builtInTeams() {
        return builtInTeams;
    }
}

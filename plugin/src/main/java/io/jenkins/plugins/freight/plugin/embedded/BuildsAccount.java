package io.jenkins.plugins.freight.plugin.embedded;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.security.BuiltInRoles;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.IdentityService;
import io.jenkins.plugins.freight.engine.security.ScopedUserRole;
import io.jenkins.plugins.freight.engine.security.Team;
import io.jenkins.plugins.freight.engine.security.TeamDetails;
import io.jenkins.plugins.freight.engine.security.User;
import io.jenkins.plugins.freight.engine.security.UserDetails;
import io.jenkins.plugins.freight.engine.security.UserRole;
import io.jenkins.plugins.freight.engine.security.UserRoleDetails;
import io.jenkins.plugins.freight.engine.space.Space;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Freight service account that builds act as when a step names no credential: the user {@value
 * #USERNAME} in the system team {@value #TEAM_NAME}, which holds {@link #DEFAULT_ROLES} and the
 * custom role {@value #FOLLOW_ROLE} in the Default space, unscoped (roles there also make the space
 * visible to it). Created on the first start only (recorded in the engine under {@value
 * #STARTUP_RECORD}), so an administrator's later changes to the team, its roles or the user stay as
 * they are; its API key is kept sealed beside the plugin's administrator key.
 */
final class BuildsAccount {

    static final String USERNAME = "jenkins-builds";
    static final String DISPLAY_NAME = "Jenkins builds";
    static final String TEAM_NAME = "Jenkins builds";
    static final String STARTUP_RECORD = "startup.jenkins-builds";

    /**
     * The least built-in roles the seed pipeline needs: Package Publisher (pack's upload, push,
     * build information), Release Creator (create release) and Deployment Creator (deploy, await,
     * promote). Deploying is a role of its own so administrators can scope it to environments.
     */
    static final List<String> DEFAULT_ROLES =
            List.of(
                    BuiltInRoles.idFor("Package Publisher"),
                    BuiltInRoles.idFor("Release Creator"),
                    BuiltInRoles.idFor("Deployment Creator"));

    /**
     * No lean built-in role lets a build follow its deployments fully: see pending manual
     * interventions (to link them in the log) and cancel tasks ("cancel on timeout", an aborted
     * build). This custom role holds only that, and seeing tasks.
     */
    static final String FOLLOW_ROLE = "Build Task Follower";

    private static final String KEY_PURPOSE = "Jenkins builds without a credential";

    private BuildsAccount() {}

    /**
     * Creates the account on the first start and returns the key builds use: the stored key while
     * it still signs in as the account, otherwise a new one (stored first). Empty when an
     * administrator deleted or deactivated the account: builds must then name a credential.
     */
    static Optional<String> ensure(Engine engine, PluginKeyStore keys) {
        IdentityService identity = engine.identity();
        if (identity.startupRecord(STARTUP_RECORD).isEmpty()) {
            User user = createAccount(engine);
            identity.recordStartup(STARTUP_RECORD, user.id());
        }
        String userId = identity.startupRecord(STARTUP_RECORD).orElseThrow();
        User user;
        try {
            user = identity.getUser(Caller.system(), userId);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        if (!user.active()) {
            return Optional.empty();
        }
        Optional<String> stored =
                keys.load()
                        .filter(
                                key ->
                                        identity.authenticate(key, null)
                                                .filter(c -> c.userId().equals(user.id()))
                                                .isPresent());
        if (stored.isPresent()) {
            return stored;
        }
        String key = identity.createApiKey(Caller.system(), user.id(), KEY_PURPOSE, null).apiKey();
        return Optional.of(keys.store(key));
    }

    /**
     * The user, its team and the team's roles; each reused when a start that did not finish made it
     * already.
     */
    private static User createAccount(Engine engine) {
        Caller system = Caller.system();
        IdentityService identity = engine.identity();
        User user;
        try {
            user = identity.getUser(system, USERNAME);
        } catch (NotFoundException e) {
            user =
                    identity.createUser(
                            system, new UserDetails(USERNAME, DISPLAY_NAME, "", true, true));
        }
        String userId = user.id();
        Team team =
                engine.security().teams().list(system, null, true).stream()
                        .filter(t -> t.spaceId() == null && t.name().equals(TEAM_NAME))
                        .findFirst()
                        .orElseGet(
                                () ->
                                        engine.security()
                                                .teams()
                                                .create(
                                                        system,
                                                        new TeamDetails(
                                                                TEAM_NAME,
                                                                "Jenkins builds that name no"
                                                                        + " credential act as its"
                                                                        + " member "
                                                                        + USERNAME
                                                                        + ". Scope its roles to"
                                                                        + " limit what they may"
                                                                        + " do.",
                                                                null,
                                                                List.of(userId))));
        Set<String> held =
                engine.security().scopedUserRoles().ofTeam(system, team.id()).stream()
                        .map(ScopedUserRole::userRoleId)
                        .collect(Collectors.toSet());
        for (String role : DEFAULT_ROLES) {
            give(engine, team, role, Space.DEFAULT_ID, held);
        }
        give(
                engine,
                team,
                customRole(
                                engine,
                                FOLLOW_ROLE,
                                "See tasks and their pending manual interventions, and cancel"
                                        + " tasks: what a build needs to follow its deployments and"
                                        + " cancel them when it is aborted or times out.",
                                List.of("TaskView", "InterruptionView", "TaskCancel"),
                                List.of())
                        .id(),
                Space.DEFAULT_ID,
                held);
        return user;
    }

    /** Gives the team a role, unscoped, unless it holds it already. */
    private static void give(
            Engine engine, Team team, String roleId, String spaceId, Set<String> held) {
        if (held.contains(roleId)) {
            return;
        }
        engine.security()
                .scopedUserRoles()
                .create(
                        Caller.system(),
                        new ScopedUserRole(
                                null, spaceId, team.id(), roleId, List.of(), List.of(), List.of(),
                                List.of()));
    }

    /** The custom role of that name, defined first when there is none. */
    private static UserRole customRole(
            Engine engine,
            String name,
            String description,
            List<String> spacePermissions,
            List<String> systemPermissions) {
        Caller system = Caller.system();
        return engine.security().userRoles().list(system).stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseGet(
                        () ->
                                engine.security()
                                        .userRoles()
                                        .create(
                                                system,
                                                new UserRoleDetails(
                                                        name,
                                                        description,
                                                        spacePermissions,
                                                        systemPermissions)));
    }
}

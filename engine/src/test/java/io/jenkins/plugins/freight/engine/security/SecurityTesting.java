package io.jenkins.plugins.freight.engine.security;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.security.Caller.Via;
import java.time.Instant;
import java.util.List;

/**
 * Users and teams for tests that run on a whole engine: make a test's caller an administrator, or
 * create a real user and a team with roles.
 */
public final class SecurityTesting {

    private SecurityTesting() {}

    /**
     * Makes the caller a member of Octopus Administrators, creating a user row with the caller's id
     * and username when none exists (tests that use a fixed {@code Caller} constant).
     */
    public static Caller administrator(Engine engine, Caller caller) {
        engine.database()
                .useTransaction(
                        h -> {
                            boolean exists =
                                    h.createQuery("SELECT COUNT(*) FROM users WHERE id = :id")
                                                    .bind("id", caller.userId())
                                                    .mapTo(Integer.class)
                                                    .one()
                                            > 0;
                            if (!exists) {
                                Instant now = Instant.now();
                                new JdbcUserRepository()
                                        .insert(
                                                h,
                                                new User(
                                                        caller.userId(),
                                                        caller.username(),
                                                        caller.username(),
                                                        "",
                                                        true,
                                                        false,
                                                        now,
                                                        now));
                                advanceUserSequencePast(h, caller.userId());
                            }
                            h.createUpdate(
                                            "INSERT INTO team_members (team_id, user_id) SELECT"
                                                    + " :team, :user WHERE NOT EXISTS (SELECT 1"
                                                    + " FROM team_members WHERE team_id = :team"
                                                    + " AND user_id = :user)")
                                    .bind("team", Team.ADMINISTRATORS)
                                    .bind("user", caller.userId())
                                    .execute();
                        });
        return caller;
    }

    /** A new active user (system caller) and a caller acting as them through an API key. */
    public static Caller user(Engine engine, String username) {
        User user =
                engine.identity()
                        .createUser(
                                Caller.system(),
                                new UserDetails(
                                        username,
                                        username,
                                        username + "@example.org",
                                        true,
                                        false));
        return new Caller(user.id(), user.username(), Via.API_KEY, "127.0.0.1");
    }

    /** A new team with these members. */
    public static Team team(Engine engine, String spaceId, String name, Caller... members) {
        return engine.security()
                .teams()
                .create(
                        Caller.system(),
                        new TeamDetails(
                                name,
                                "",
                                spaceId,
                                java.util.Arrays.stream(members).map(Caller::userId).toList()));
    }

    /** Gives the team a built-in role by name, restricted to these environments (none: all). */
    public static ScopedUserRole grant(
            Engine engine,
            Team team,
            String spaceId,
            String roleName,
            List<String> environmentIds) {
        return engine.security()
                .scopedUserRoles()
                .create(
                        Caller.system(),
                        new ScopedUserRole(
                                null,
                                spaceId,
                                team.id(),
                                BuiltInRoles.idFor(roleName),
                                environmentIds,
                                List.of(),
                                List.of(),
                                List.of()));
    }

    private static void advanceUserSequencePast(org.jdbi.v3.core.Handle h, String userId) {
        if (!userId.matches("Users-\\d+")) {
            return;
        }
        long n = Long.parseLong(userId.substring("Users-".length()));
        long current = 0;
        while (current < n) {
            current = h.createQuery("SELECT nextval('seq_users')").mapTo(Long.class).one();
        }
    }
}

package io.jenkins.plugins.freight.engine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.EngineSettings;
import io.jenkins.plugins.freight.engine.audit.AuditEvent;
import io.jenkins.plugins.freight.engine.audit.EventCategory;
import io.jenkins.plugins.freight.engine.audit.EventQuery;
import io.jenkins.plugins.freight.engine.deployment.CreateDeploymentRequest;
import io.jenkins.plugins.freight.engine.deployment.Deployment;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.ForbiddenException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.lifecycle.Lifecycle;
import io.jenkins.plugins.freight.engine.lifecycle.Phase;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.release.CreateReleaseRequest;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Deleting a user removes what lets them sign in (API keys, password, sessions, team memberships)
 * and leaves history intact; the caller's own account and the last active system administrator
 * cannot be deleted. On H2 and PostgreSQL.
 */
class UserDeletionTest {

    private static final String ADMIN_KEY = "API-DELETIONADMINKEYDELETION01";
    private static final String PASSWORD = "correct horse battery staple";

    @TempDir Path dir;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void deletingAUserRevokesEverySignInButKeepsTheirHistory(DatabaseKind kind) {
        try (Engine engine = open(kind)) {
            Caller admin = admin(engine);
            IdentityService identity = engine.identity();
            SignInService signIn = engine.security().signIn();
            User bob = identity.createUser(admin, details("bob", true));
            signIn.setPassword(admin, bob.id(), PASSWORD);
            SignedIn session = signIn.signIn("bob", PASSWORD, "10.0.0.2");
            CreatedApiKey key = identity.createApiKey(admin, bob.id(), "ci", null);
            Caller viaKey = identity.authenticate(key.apiKey(), "10.0.0.2").orElseThrow();
            // a key bob's key created for a service account goes with bob's keys, as on revoking
            User robot = identity.createUser(admin, details("robot", true));
            Team team =
                    engine.security()
                            .teams()
                            .create(
                                    admin,
                                    new TeamDetails(
                                            "Builders", "", null, List.of(bob.id(), robot.id())));
            engine.security()
                    .teams()
                    .update(
                            admin,
                            Team.ADMINISTRATORS,
                            new TeamDetails(
                                    "Octopus Administrators",
                                    "",
                                    null,
                                    List.of(admin.userId(), bob.id())));
            CreatedApiKey robotKey = identity.createApiKey(viaKey, robot.id(), "robot", null);

            // bob leaves history behind: an environment, a release and a queued deployment
            String space = "Spaces-1";
            Environment dev = engine.environments().create(viaKey, space, Environment.named("Dev"));
            Lifecycle lifecycle =
                    engine.lifecycles()
                            .create(
                                    viaKey,
                                    space,
                                    Lifecycle.of("Dev", Phase.manual("Dev", dev.id())));
            Project project =
                    engine.projects()
                            .create(
                                    viaKey,
                                    space,
                                    Project.builder("Shop").lifecycleId(lifecycle.id()).build());
            Release release =
                    engine.releases()
                            .create(
                                    viaKey,
                                    space,
                                    CreateReleaseRequest.of(project.id()).withVersion("1.0.0"));
            Deployment deployment =
                    engine.deployments()
                            .create(
                                    viaKey,
                                    space,
                                    CreateDeploymentRequest.release(release.id(), dev.id()))
                            .get(0);
            long eventsBefore = events(engine, bob.id()).size();

            identity.deleteUser(admin, bob.id());

            assertThat(identity.authenticate(key.apiKey(), null)).isEmpty();
            assertThat(identity.authenticate(robotKey.apiKey(), null)).isEmpty();
            assertThat(signIn.authenticate(session.sessionToken(), null, false, null)).isEmpty();
            assertThatThrownBy(() -> signIn.signIn("bob", PASSWORD, "10.0.0.2"))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> identity.getUser(admin, bob.id()))
                    .isInstanceOf(NotFoundException.class);
            assertThat(identity.listUsers(admin, null))
                    .extracting(User::id)
                    .doesNotContain(bob.id());
            assertThat(engine.security().teams().get(admin, team.id()).memberUserIds())
                    .containsExactly(robot.id());
            assertThat(engine.security().teams().get(admin, Team.ADMINISTRATORS).memberUserIds())
                    .containsExactly(admin.userId());
            assertThat(identity.authenticate(ADMIN_KEY, null)).isPresent();
            int bobsKeys =
                    engine.database()
                            .withHandle(
                                    h ->
                                            h.createQuery(
                                                            "SELECT COUNT(*) FROM api_keys WHERE"
                                                                    + " user_id = :u")
                                                    .bind("u", bob.id())
                                                    .mapTo(Integer.class)
                                                    .one());
            assertThat(bobsKeys).isZero();

            // history still names bob
            List<AuditEvent> history = events(engine, bob.id());
            assertThat(history).hasSize((int) eventsBefore);
            assertThat(history).allSatisfy(e -> assertThat(e.username()).isEqualTo("bob"));
            Release kept = engine.releases().get(admin, space, release.id());
            assertThat(kept.createdBy()).isEqualTo("bob");
            Deployment still = engine.deployments().get(admin, space, deployment.id());
            assertThat(still.deployedById()).isEqualTo(bob.id());
            assertThat(still.deployedBy()).isEqualTo("bob");
            assertThat(engine.tasks().get(admin, deployment.taskId()).id())
                    .isEqualTo(deployment.taskId());

            // one event for the deletion, by the administrator, naming bob
            AuditEvent deletion =
                    engine.audit()
                            .list(
                                    admin,
                                    EventQuery.inSpace(null, true)
                                            .withUsers(List.of(admin.userId())))
                            .items()
                            .get(0);
            assertThat(deletion.category()).isEqualTo(EventCategory.Deleted);
            assertThat(deletion.relatedDocumentIds()).first().isEqualTo(bob.id());
            assertThat(deletion.message()).isEqualTo("User bob was deleted");

            // the username is free again, and a new bob has none of the old one's rights
            User newBob = identity.createUser(admin, details("bob", true));
            assertThat(newBob.id()).isNotEqualTo(bob.id());
            assertThat(engine.security().teams().teamsOf(admin, newBob.id()))
                    .extracting(Team::id)
                    .containsOnly(Team.EVERYONE);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void nobodyDeletesThemselvesOrTheLastActiveAdministratorAndOthersNeedUserEdit(
            DatabaseKind kind) {
        try (Engine engine = open(kind)) {
            Caller admin = admin(engine);
            IdentityService identity = engine.identity();
            User other = identity.createUser(admin, details("other", true));
            Caller otherCaller = new Caller(other.id(), other.username(), Caller.Via.API_KEY, null);

            assertThatThrownBy(() -> identity.deleteUser(admin, admin.userId()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "You cannot delete your own user account; ask another administrator.");
            assertThatThrownBy(() -> identity.deleteUser(otherCaller, admin.userId()))
                    .isInstanceOf(ForbiddenException.class);

            // the last active administrator stays, even for a caller who may edit users
            Caller system = Caller.system();
            assertThatThrownBy(() -> identity.deleteUser(system, admin.userId()))
                    .isInstanceOf(ConflictException.class)
                    .hasMessage(
                            "User admin is the last active system administrator and cannot be"
                                    + " deleted; make another user an administrator first.");
            // an inactive administrator does not count as another one
            User second = identity.createUser(admin, details("second", false));
            engine.security()
                    .teams()
                    .update(
                            admin,
                            Team.ADMINISTRATORS,
                            new TeamDetails(
                                    "Octopus Administrators",
                                    "",
                                    null,
                                    List.of(admin.userId(), second.id())));
            assertThatThrownBy(() -> identity.deleteUser(system, admin.userId()))
                    .isInstanceOf(ConflictException.class);
            assertThat(identity.authenticate(ADMIN_KEY, null)).isPresent();
            // an inactive administrator may go; an active second one may delete the first
            identity.deleteUser(admin, second.id());
            User third = identity.createUser(admin, details("third", true));
            engine.security()
                    .teams()
                    .update(
                            admin,
                            Team.ADMINISTRATORS,
                            new TeamDetails(
                                    "Octopus Administrators",
                                    "",
                                    null,
                                    List.of(admin.userId(), third.id())));
            Caller thirdCaller = new Caller(third.id(), third.username(), Caller.Via.API_KEY, null);
            identity.deleteUser(thirdCaller, admin.userId());
            assertThat(identity.authenticate(ADMIN_KEY, null)).isEmpty();

            // the next start with the administrator key makes a new administrator
            User again = identity.bootstrapAdministrator(ADMIN_KEY);
            assertThat(again.id()).isNotEqualTo(admin.userId());
            assertThat(again.username()).isEqualTo("admin");
            Caller newAdmin = identity.authenticate(ADMIN_KEY, null).orElseThrow();
            assertThat(newAdmin.userId()).isEqualTo(again.id());
            assertThat(engine.security().teams().get(newAdmin, Team.ADMINISTRATORS).memberUserIds())
                    .contains(again.id());
            assertThat(identity.bootstrapAdministrator(ADMIN_KEY).id()).isEqualTo(again.id());
            identity.deleteUser(newAdmin, third.id());
            identity.deleteUser(newAdmin, other.id());
            assertThatThrownBy(() -> identity.getUser(newAdmin, second.id()))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> identity.deleteUser(newAdmin, "Users-999999"))
                    .isInstanceOf(NotFoundException.class);
            assertThat(identity.listUsers(newAdmin, null))
                    .extracting(User::username)
                    .containsExactly("admin");
        }
    }

    private Engine open(DatabaseKind kind) {
        return Engine.open(EngineSettings.defaults(dir).withDatabase(kind.newSettings()));
    }

    private static Caller admin(Engine engine) {
        engine.identity().bootstrapAdministrator(ADMIN_KEY);
        return engine.identity().authenticate(ADMIN_KEY, "10.0.0.1").orElseThrow();
    }

    private static UserDetails details(String username, boolean active) {
        return new UserDetails(username, username, username + "@example.org", active, false);
    }

    private static List<AuditEvent> events(Engine engine, String userId) {
        return engine.audit()
                .list(Caller.system(), EventQuery.inSpace(null, true).withUsers(List.of(userId)))
                .items();
    }
}

package io.jenkins.plugins.freight.engine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.EngineSettings;
import io.jenkins.plugins.freight.engine.audit.AuditEvent;
import io.jenkins.plugins.freight.engine.audit.EventCategory;
import io.jenkins.plugins.freight.engine.audit.EventQuery;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.ForbiddenException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Passwords, throttled sign-in and sessions with CSRF tokens, on H2 and PostgreSQL. */
class SignInServiceTest {

    private static final String PASSWORD = "correct horse battery staple";

    @TempDir Path dir;

    private final IdentityServiceTest.ManualClock clock = new IdentityServiceTest.ManualClock();

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aUserSignsInWithTheirPasswordAndUnsafeRequestsNeedTheCsrfToken(DatabaseKind kind) {
        try (Engine engine =
                Engine.open(EngineSettings.defaults(dir).withDatabase(kind.newSettings()))) {
            SignInService signIn =
                    new SignInService(
                            engine.database(), engine.accessPolicy(), clock, engine.auditLog());
            Caller ann = SecurityTesting.user(engine, "ann");
            signIn.setPassword(ann, ann.userId(), PASSWORD);

            SignedIn session = signIn.signIn("ANN", PASSWORD, "10.0.0.1");

            assertThat(session.user().id()).isEqualTo(ann.userId());
            assertThat(signIn.authenticate(session.sessionToken(), null, false, "10.0.0.1"))
                    .get()
                    .extracting(Caller::userId, Caller::via)
                    .containsExactly(ann.userId(), Caller.Via.SESSION);
            assertThatThrownBy(() -> signIn.authenticate(session.sessionToken(), null, true, null))
                    .isInstanceOf(ForbiddenException.class)
                    .hasMessage("The request is missing the session's CSRF token.");
            assertThatThrownBy(
                            () -> signIn.authenticate(session.sessionToken(), "forged", true, null))
                    .isInstanceOf(ForbiddenException.class);
            assertThat(signIn.authenticate(session.sessionToken(), session.csrfToken(), true, null))
                    .isPresent();
            assertThat(session.toString())
                    .doesNotContain(session.sessionToken())
                    .doesNotContain(session.csrfToken());

            clock.now = clock.now.plus(SignInService.SESSION_LIFETIME);
            assertThat(signIn.authenticate(session.sessionToken(), null, false, null)).isEmpty();
            SignedIn second = signIn.signIn("ann", PASSWORD, "10.0.0.1");
            signIn.signOut(second.sessionToken(), null);
            assertThat(signIn.authenticate(second.sessionToken(), null, false, null)).isEmpty();

            // only a hash is stored, and no event or message carries the password or a token
            String stored =
                    engine.database()
                            .withHandle(
                                    h ->
                                            h.createQuery(
                                                            "SELECT password_hash FROM user_passwords")
                                                    .mapTo(String.class)
                                                    .one());
            assertThat(stored).startsWith("$argon2id$").doesNotContain(PASSWORD);
            List<AuditEvent> events =
                    engine.audit().list(Caller.system(), EventQuery.inSpace(null, true)).items();
            assertThat(events)
                    .extracting(AuditEvent::category)
                    .contains(EventCategory.Login, EventCategory.Logout);
            assertThat(events)
                    .filteredOn(e -> e.category() == EventCategory.Logout)
                    .singleElement()
                    .extracting(AuditEvent::userId)
                    .isEqualTo(ann.userId());
            assertThat(events.toString())
                    .doesNotContain(PASSWORD)
                    .doesNotContain(session.sessionToken())
                    .doesNotContain(session.csrfToken());
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void changingOnesOwnPasswordNeedsTheCurrentOneOnceThereIsOne(DatabaseKind kind) {
        try (Engine engine =
                Engine.open(EngineSettings.defaults(dir).withDatabase(kind.newSettings()))) {
            SignInService signIn =
                    new SignInService(
                            engine.database(), engine.accessPolicy(), clock, engine.auditLog());
            Caller bea = SecurityTesting.user(engine, "bea");
            assertThat(signIn.hasPassword(bea.userId())).isFalse();
            signIn.changeOwnPassword(bea, null, PASSWORD, "10.0.0.2");
            assertThat(signIn.hasPassword(bea.userId())).isTrue();

            assertThatThrownBy(
                            () ->
                                    signIn.changeOwnPassword(
                                            bea, "a wrong guess", "another password", "10.0.0.2"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("The current password is wrong; nothing was changed.");
            assertThat(signIn.signIn("bea", PASSWORD, "10.0.0.3").user().id())
                    .isEqualTo(bea.userId());

            signIn.changeOwnPassword(bea, PASSWORD, "another password", "10.0.0.2");
            assertThat(signIn.signIn("bea", "another password", "10.0.0.3").user().id())
                    .isEqualTo(bea.userId());
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void failedSignInsAreThrottledPerUserAndAddressWithGrowingWaits(DatabaseKind kind) {
        try (Engine engine =
                Engine.open(EngineSettings.defaults(dir).withDatabase(kind.newSettings()))) {
            SignInService signIn =
                    new SignInService(
                            engine.database(), engine.accessPolicy(), clock, engine.auditLog());
            Caller bob = SecurityTesting.user(engine, "bob");
            signIn.setPassword(Caller.system(), bob.userId(), PASSWORD);

            for (int i = 0; i < SignInService.FREE_FAILURES; i++) {
                assertThatThrownBy(() -> signIn.signIn("bob", "wrong-password", "10.0.0.2"))
                        .hasMessage(SignInService.INVALID);
            }
            // the next failure locks bob from this address for a second, then two, ...
            assertThatThrownBy(() -> signIn.signIn("bob", "wrong-password", "10.0.0.2"))
                    .hasMessage(SignInService.INVALID);
            assertThatThrownBy(() -> signIn.signIn("bob", PASSWORD, "10.0.0.2"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("Too many failed sign-in attempts; try again in 1 seconds.");
            // another address is not affected
            assertThat(signIn.signIn("bob", PASSWORD, "10.0.0.3")).isNotNull();
            clock.now = clock.now.plusSeconds(1);
            assertThatThrownBy(() -> signIn.signIn("bob", "wrong-password", "10.0.0.2"))
                    .hasMessage(SignInService.INVALID);
            assertThatThrownBy(() -> signIn.signIn("bob", PASSWORD, "10.0.0.2"))
                    .hasMessage("Too many failed sign-in attempts; try again in 2 seconds.");
            clock.now = clock.now.plusSeconds(2);
            assertThat(signIn.signIn("bob", PASSWORD, "10.0.0.2")).isNotNull();
            // unknown users fail the same way
            assertThatThrownBy(() -> signIn.signIn("nobody", PASSWORD, "10.0.0.2"))
                    .hasMessage(SignInService.INVALID);
            List<AuditEvent> failures =
                    engine.audit()
                            .list(
                                    Caller.system(),
                                    EventQuery.inSpace(null, true)
                                            .withCategories(Set.of(EventCategory.LoginFailed)))
                            .items();
            assertThat(failures).hasSize(8);
            assertThat(failures.toString())
                    .doesNotContain(PASSWORD)
                    .doesNotContain("wrong-password");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void passwordsMustBeLongEnoughAndServiceAccountsHaveNone(DatabaseKind kind) {
        try (Engine engine =
                Engine.open(EngineSettings.defaults(dir).withDatabase(kind.newSettings()))) {
            SignInService signIn = engine.security().signIn();
            Caller ann = SecurityTesting.user(engine, "ann");
            assertThatThrownBy(() -> signIn.setPassword(ann, ann.userId(), "short"))
                    .isInstanceOf(InvalidInputException.class);
            User robot =
                    engine.identity()
                            .createUser(
                                    Caller.system(),
                                    new UserDetails("robot", "Robot", "", true, true));
            assertThatThrownBy(() -> signIn.setPassword(Caller.system(), robot.id(), PASSWORD))
                    .isInstanceOf(ConflictException.class);
            Caller bob = SecurityTesting.user(engine, "bob");
            assertThatThrownBy(() -> signIn.setPassword(bob, ann.userId(), PASSWORD))
                    .isInstanceOf(ForbiddenException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aCallerAuthenticatedByApiKeyGetsAnAuditedSessionButOnlyThen(DatabaseKind kind) {
        try (Engine engine =
                Engine.open(EngineSettings.defaults(dir).withDatabase(kind.newSettings()))) {
            SignInService signIn = engine.security().signIn();
            Caller ann = SecurityTesting.user(engine, "ann");
            String key =
                    engine.identity()
                            .createApiKey(Caller.system(), ann.userId(), "host", null)
                            .apiKey();
            Caller byKey = engine.identity().authenticate(key, "10.0.0.7").orElseThrow();

            SignedIn session = signIn.openSession(byKey).orElseThrow();

            assertThat(signIn.authenticate(session.sessionToken(), session.csrfToken(), true, null))
                    .get()
                    .extracting(Caller::userId, Caller::via)
                    .containsExactly(ann.userId(), Caller.Via.SESSION);
            assertThatThrownBy(() -> signIn.authenticate(session.sessionToken(), null, true, null))
                    .isInstanceOf(ForbiddenException.class);
            // only a caller that came with an API key, and never a service account
            assertThat(signIn.openSession(ann)).isEmpty();
            User robot =
                    engine.identity()
                            .createUser(
                                    Caller.system(),
                                    new UserDetails("robot", "Robot", "", true, true));
            String robotKey =
                    engine.identity()
                            .createApiKey(Caller.system(), robot.id(), "ci", null)
                            .apiKey();
            assertThat(
                            signIn.openSession(
                                    engine.identity().authenticate(robotKey, null).orElseThrow()))
                    .isEmpty();
            List<AuditEvent> events =
                    engine.audit().list(Caller.system(), EventQuery.inSpace(null, true)).items();
            assertThat(events)
                    .extracting(AuditEvent::message)
                    .contains("User ann signed in with an API key");
            assertThat(events.toString())
                    .doesNotContain(key)
                    .doesNotContain(session.sessionToken())
                    .doesNotContain(session.csrfToken());
        }
    }

    @Test
    void theLockDoublesUpToFifteenMinutes() {
        assertThat(SignInService.lock(6)).isEqualTo(Duration.ofSeconds(1));
        assertThat(SignInService.lock(7)).isEqualTo(Duration.ofSeconds(2));
        assertThat(SignInService.lock(10)).isEqualTo(Duration.ofSeconds(16));
        assertThat(SignInService.lock(100)).isEqualTo(Duration.ofMinutes(15));
    }
}

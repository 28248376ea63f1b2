package io.jenkins.plugins.freight.engine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IdentityServiceTest {

    private static final String ADMIN_KEY = "API-ADMINADMINADMINADMINADMIN01";

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-01-01T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();

    private IdentityService service(Database db) {
        return new IdentityService(db, AccessPolicy.authenticatedCallers(), clock);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void bootstrapCreatesAnAdministratorWhoseKeyAuthenticates(DatabaseKind kind) {
        try (Database db = kind.open()) {
            IdentityService identity = service(db);
            User admin = identity.bootstrapAdministrator(ADMIN_KEY);

            Caller caller = identity.authenticate(ADMIN_KEY, "127.0.0.1").orElseThrow();
            assertThat(caller.userId()).isEqualTo(admin.id()).startsWith("Users-");
            assertThat(caller.username()).isEqualTo("admin");
            assertThat(caller.via()).isEqualTo(Caller.Via.API_KEY);
            assertThat(caller.apiKeyId()).startsWith("APIKeys-");
            assertThat(caller.ipAddress()).isEqualTo("127.0.0.1");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void bootstrapOnLaterStartsKeepsOneAdministratorAndAddsANewKey(DatabaseKind kind) {
        try (Database db = kind.open()) {
            IdentityService identity = service(db);
            User first = identity.bootstrapAdministrator(ADMIN_KEY);
            User again = identity.bootstrapAdministrator(ADMIN_KEY);
            String otherKey = "API-ANOTHERADMINKEYANOTHERADMIN";
            User third = identity.bootstrapAdministrator(otherKey);

            assertThat(again.id()).isEqualTo(first.id());
            assertThat(third.id()).isEqualTo(first.id());
            Caller admin = identity.authenticate(ADMIN_KEY, null).orElseThrow();
            assertThat(identity.listUsers(admin, null)).hasSize(1);
            assertThat(identity.listApiKeys(admin, first.id())).hasSize(2);
            assertThat(identity.authenticate(otherKey, null)).isPresent();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void malformedUnknownAndEmptyKeysDoNotAuthenticate(DatabaseKind kind) {
        try (Database db = kind.open()) {
            IdentityService identity = service(db);
            identity.bootstrapAdministrator(ADMIN_KEY);
            assertThat(identity.authenticate(null, null)).isEmpty();
            assertThat(identity.authenticate("", null)).isEmpty();
            assertThat(identity.authenticate("API-GUEST", null)).isEmpty();
            assertThat(identity.authenticate(ADMIN_KEY.toLowerCase(), null)).isEmpty();
            assertThat(identity.authenticate("API-UNKNOWNUNKNOWNUNKNOWNUNKNOWN", null)).isEmpty();
            assertThatThrownBy(() -> identity.bootstrapAdministrator("secret"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageNotContaining("secret");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void createdKeyIsShownOnceAndStoredOnlyAsAHash(DatabaseKind kind) {
        try (Database db = kind.open()) {
            IdentityService identity = service(db);
            User admin = identity.bootstrapAdministrator(ADMIN_KEY);
            Caller caller = identity.authenticate(ADMIN_KEY, null).orElseThrow();

            CreatedApiKey created = identity.createApiKey(caller, admin.id(), "CI", null);

            assertThat(created.apiKey()).matches("API-[A-Z0-9]{32}");
            assertThat(created.toString()).doesNotContain(created.apiKey());
            assertThat(created.key().hint()).isEqualTo(created.apiKey().substring(0, 8) + "…");
            assertThat(identity.authenticate(created.apiKey(), null)).isPresent();
            List<Map<String, Object>> rows =
                    db.withHandle(h -> h.createQuery("SELECT * FROM api_keys").mapToMap().list());
            assertThat(rows.toString())
                    .doesNotContain(created.apiKey())
                    .doesNotContain(ADMIN_KEY)
                    .contains(ApiKeyFormat.hash(created.apiKey()));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void revokingAKeyAlsoRevokesTheKeysCreatedWithIt(DatabaseKind kind) {
        try (Database db = kind.open()) {
            IdentityService identity = service(db);
            User admin = identity.bootstrapAdministrator(ADMIN_KEY);
            Caller viaAdminKey = identity.authenticate(ADMIN_KEY, null).orElseThrow();
            CreatedApiKey parent = identity.createApiKey(viaAdminKey, admin.id(), "parent", null);
            Caller viaParent = identity.authenticate(parent.apiKey(), null).orElseThrow();
            CreatedApiKey child = identity.createApiKey(viaParent, admin.id(), "child", null);

            identity.revokeApiKey(viaAdminKey, admin.id(), parent.key().id());

            assertThat(identity.authenticate(parent.apiKey(), null)).isEmpty();
            assertThat(identity.authenticate(child.apiKey(), null)).isEmpty();
            assertThat(identity.authenticate(ADMIN_KEY, null)).isPresent();
            assertThatThrownBy(() -> identity.getApiKey(viaAdminKey, admin.id(), parent.key().id()))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void expiredKeyNoLongerAuthenticatesAndAKeyNeverOutlivesItsCreator(DatabaseKind kind) {
        try (Database db = kind.open()) {
            IdentityService identity = service(db);
            User admin = identity.bootstrapAdministrator(ADMIN_KEY);
            Caller viaAdminKey = identity.authenticate(ADMIN_KEY, null).orElseThrow();
            Instant inOneDay = clock.now.plus(Duration.ofDays(1));
            CreatedApiKey shortLived =
                    identity.createApiKey(viaAdminKey, admin.id(), "short", inOneDay);
            Caller viaShort = identity.authenticate(shortLived.apiKey(), null).orElseThrow();
            CreatedApiKey derived = identity.createApiKey(viaShort, admin.id(), "derived", null);

            assertThat(derived.key().expires()).isEqualTo(inOneDay);
            clock.now = inOneDay.plusSeconds(1);
            assertThat(identity.authenticate(shortLived.apiKey(), null)).isEmpty();
            assertThat(identity.authenticate(derived.apiKey(), null)).isEmpty();
            assertThatThrownBy(
                            () -> identity.createApiKey(viaAdminKey, admin.id(), "past", inOneDay))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void inactiveUsersKeysAreRefused(DatabaseKind kind) {
        try (Database db = kind.open()) {
            IdentityService identity = service(db);
            identity.bootstrapAdministrator(ADMIN_KEY);
            Caller admin = identity.authenticate(ADMIN_KEY, null).orElseThrow();
            User bot =
                    identity.createUser(admin, new UserDetails("ci-bot", "CI bot", "", true, true));
            CreatedApiKey key = identity.createApiKey(admin, bot.id(), "CI", null);
            assertThat(identity.authenticate(key.apiKey(), null)).isPresent();

            identity.updateUser(
                    admin, bot.id(), new UserDetails("ci-bot", "CI bot", "", false, false));

            assertThat(identity.authenticate(key.apiKey(), null)).isEmpty();
            assertThat(identity.getUser(admin, "ci-bot").service()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void duplicateUsernameIsAConflictAndChangesNothing(DatabaseKind kind) {
        try (Database db = kind.open()) {
            IdentityService identity = service(db);
            identity.bootstrapAdministrator(ADMIN_KEY);
            Caller admin = identity.authenticate(ADMIN_KEY, null).orElseThrow();
            identity.createUser(admin, new UserDetails("alice", "Alice", "a@x.org", true, false));

            assertThatThrownBy(
                            () ->
                                    identity.createUser(
                                            admin,
                                            new UserDetails("ALICE", "Other", "", true, false)))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("ALICE");
            assertThat(identity.listUsers(admin, "ali"))
                    .extracting(User::displayName)
                    .containsExactly("Alice");
        }
    }

    @Test
    void invalidUserDetailsReportEveryProblemAndChangeNothing() {
        try (Database db = DatabaseKind.H2.open()) {
            IdentityService identity = service(db);
            identity.bootstrapAdministrator(ADMIN_KEY);
            Caller admin = identity.authenticate(ADMIN_KEY, null).orElseThrow();

            assertThatThrownBy(
                            () ->
                                    identity.createUser(
                                            admin,
                                            new UserDetails(
                                                    "../etc/passwd", " ", "nope", true, false)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class, e -> assertThat(e.errors()).hasSize(3));
            assertThat(identity.listUsers(admin, null)).hasSize(1);
        }
    }

    @Test
    void generatedKeysHaveTheOctopusFormAndDiffer() {
        String a = ApiKeyFormat.generate();
        String b = ApiKeyFormat.generate();
        assertThat(a).matches("^(API-)([A-Z\\d])+$").hasSize(36);
        assertThat(a).isNotEqualTo(b);
        assertThat(ApiKeyFormat.isWellFormed(a)).isTrue();
        assertThat(ApiKeyFormat.isWellFormed("API-short")).isFalse();
    }
}

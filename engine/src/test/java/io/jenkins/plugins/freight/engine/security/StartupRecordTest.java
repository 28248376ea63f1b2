package io.jenkins.plugins.freight.engine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.time.Clock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One-time start-up steps of an embedding application, recorded beside the engine settings. */
class StartupRecordTest {

    private static IdentityService service(Database db) {
        return new IdentityService(db, AccessPolicy.authenticatedCallers(), Clock.systemUTC());
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aStepIsRecordedOnceAndTheFirstRecordStays(DatabaseKind kind) {
        try (Database db = kind.open()) {
            IdentityService identity = service(db);

            assertThat(identity.startupRecord("startup.jenkins-builds")).isEmpty();
            assertThat(identity.recordStartup("startup.jenkins-builds", "Users-2")).isTrue();
            assertThat(identity.recordStartup("startup.jenkins-builds", "Users-3")).isFalse();

            assertThat(service(db).startupRecord("startup.jenkins-builds")).contains("Users-2");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void namesOutsideTheStartupPrefixAreRefusedAndChangeNothing(DatabaseKind kind) {
        try (Database db = kind.open()) {
            IdentityService identity = service(db);
            String installation = identity.installationId();

            for (String name : new String[] {"installation-id", "security.bootstrap-admin", ""}) {
                assertThatThrownBy(() -> identity.recordStartup(name, "x"))
                        .isInstanceOf(InvalidInputException.class)
                        .hasMessageContaining("startup.");
                assertThatThrownBy(() -> identity.startupRecord(name))
                        .isInstanceOf(InvalidInputException.class);
            }
            assertThat(identity.installationId()).isEqualTo(installation);
        }
    }
}

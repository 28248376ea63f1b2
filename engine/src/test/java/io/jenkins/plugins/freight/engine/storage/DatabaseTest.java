package io.jenkins.plugins.freight.engine.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DatabaseTest {

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void exceptionInsideTransactionLeavesNoRowsBehind(DatabaseKind kind) {
        try (Database db = kind.open()) {
            assertThatThrownBy(
                            () ->
                                    db.inTransaction(
                                            h -> {
                                                h.execute(
                                                        "INSERT INTO engine_settings(name, setting_value) VALUES ('a', 'b')");
                                                throw new IllegalStateException("boom");
                                            }))
                    .hasMessage("boom");
            int rows =
                    db.withHandle(
                            h ->
                                    h.createQuery(
                                                    "SELECT count(*) FROM engine_settings WHERE name = 'a'")
                                            .mapTo(Integer.class)
                                            .one());
            assertThat(rows).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void migrationsRunOnceAndReopeningKeepsData(DatabaseKind kind) {
        DatabaseSettings settings = kind.newSettings();
        try (Database db = Database.open(settings)) {
            db.useTransaction(
                    h ->
                            h.execute(
                                    "INSERT INTO engine_settings(name, setting_value) VALUES ('k', 'v')"));
        }
        try (Database db = Database.open(settings)) {
            String value =
                    db.withHandle(
                            h ->
                                    h.createQuery(
                                                    "SELECT setting_value FROM engine_settings WHERE name = 'k'")
                                            .mapTo(String.class)
                                            .one());
            assertThat(value).isEqualTo("v");
        }
    }

    @Test
    void passwordNeverAppearsInSettingsText() {
        DatabaseSettings settings =
                new DatabaseSettings("jdbc:postgresql://127.0.0.1/x", "u", "s3cret-pass", 2);
        assertThat(settings.toString()).doesNotContain("s3cret-pass");
    }
}

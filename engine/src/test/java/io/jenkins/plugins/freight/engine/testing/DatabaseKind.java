package io.jenkins.plugins.freight.engine.testing;

import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.storage.DatabaseSettings;
import java.util.function.Supplier;

/**
 * The databases every storage contract test runs on; use with
 * {@code @ParameterizedTest @EnumSource(DatabaseKind.class)} or from an abstract contract test's
 * subclasses.
 */
public enum DatabaseKind {
    H2(TestDatabases::h2Settings),
    POSTGRESQL(TestDatabases::postgresSettings);

    private final Supplier<DatabaseSettings> settings;

    DatabaseKind(Supplier<DatabaseSettings> settings) {
        this.settings = settings;
    }

    public DatabaseSettings newSettings() {
        return settings.get();
    }

    public Database open() {
        return Database.open(newSettings());
    }
}

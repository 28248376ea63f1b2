package io.jenkins.plugins.freight.engine.testing;

import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.storage.DatabaseSettings;
import java.util.concurrent.atomic.AtomicInteger;

/** Fresh, migrated databases for tests: one kind per engine dialect, both real. */
public final class TestDatabases {

    private static final AtomicInteger H2_COUNTER = new AtomicInteger();

    private TestDatabases() {}

    public static DatabaseSettings h2Settings() {
        return DatabaseSettings.h2InMemory("test" + H2_COUNTER.incrementAndGet());
    }

    public static DatabaseSettings postgresSettings() {
        PostgresServer server = PostgresServer.get();
        return DatabaseSettings.postgres(server.createDatabase(), server.user(), server.password());
    }

    public static Database h2() {
        return Database.open(h2Settings());
    }

    public static Database postgres() {
        return Database.open(postgresSettings());
    }
}

package io.jenkins.plugins.freight.engine.storage;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the engine keeps its data. H2 (a file under the data directory) is the embedded default;
 * PostgreSQL is for standalone servers and several nodes sharing one database.
 *
 * @param jdbcUrl a {@code jdbc:h2:} or {@code jdbc:postgresql:} URL
 * @param user database user, may be empty for H2
 * @param password database password; never logged, never part of {@link #toString()}
 * @param maxPoolSize connections kept open at most (default 10)
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, int maxPoolSize) {

    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        if (maxPoolSize <= 0) {
            maxPoolSize = 10;
        }
        if (!jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(
                    "Unsupported database URL: only jdbc:h2: and jdbc:postgresql: are supported");
        }
    }

    /** An H2 database in {@code dataDir/freight}, in PostgreSQL compatibility mode. */
    public static DatabaseSettings h2File(Path dataDir) {
        return new DatabaseSettings(
                "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("freight") + H2_OPTIONS,
                "sa",
                "",
                10);
    }

    /** A private in-memory H2 database that lives as long as the engine (tests, demos). */
    public static DatabaseSettings h2InMemory(String name) {
        return new DatabaseSettings(
                "jdbc:h2:mem:" + name + H2_OPTIONS + ";DB_CLOSE_DELAY=-1", "sa", "", 10);
    }

    public static DatabaseSettings postgres(String jdbcUrl, String user, String password) {
        return new DatabaseSettings(jdbcUrl, user, password, 10);
    }

    /**
     * The options every H2 URL gets, so one set of migrations and queries serves H2 and PostgreSQL.
     * H2 keeps the parsed form of each connection's last {@code QUERY_CACHE_SIZE} statements; its
     * default of 8 is fewer than one API request runs, so every request parsed its SQL again.
     */
    static final String H2_OPTIONS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=128";

    public Dialect dialect() {
        return jdbcUrl.startsWith("jdbc:h2:") ? Dialect.H2 : Dialect.POSTGRESQL;
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + dialect() + ", user=" + user + "]";
    }
}

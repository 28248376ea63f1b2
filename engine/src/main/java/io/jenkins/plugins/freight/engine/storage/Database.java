package io.jenkins.plugins.freight.engine.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * The engine's database: a connection pool, the Flyway migrations under {@code db/migration}, and
 * transactions scoped by callbacks. Repositories receive a {@link Handle} that is valid only inside
 * the callback; services never see a connection.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final Dialect dialect;

    private Database(HikariDataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.jdbi = Jdbi.create(dataSource);
        // Bound values may be secrets (API key hashes, encrypted variables): keep them out of error
        // messages.
        jdbi.getConfig(StatementExceptions.class)
                .setMessageRendering(StatementExceptions.MessageRendering.NONE);
    }

    /** Opens the pool and brings the schema up to date. */
    public static Database open(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setPoolName("freight-db");
        config.setAutoCommit(true);
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    // db/vendor/<dialect>: the few migrations whose SQL cannot be portable
                    .locations(
                            "classpath:db/migration",
                            "classpath:db/vendor/"
                                    + settings.dialect().name().toLowerCase(java.util.Locale.ROOT))
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Database(dataSource, settings.dialect());
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Runs the callback in one READ COMMITTED transaction; an exception rolls everything back. */
    public <T, X extends Exception> T inTransaction(HandleCallback<T, X> callback) throws X {
        return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, callback);
    }

    /** Like {@link #inTransaction} for callbacks that return nothing. */
    public <X extends Exception> void useTransaction(org.jdbi.v3.core.HandleConsumer<X> callback)
            throws X {
        jdbi.useTransaction(TransactionIsolationLevel.READ_COMMITTED, callback);
    }

    /** Runs the callback on a handle in auto-commit mode (single reads). */
    public <T, X extends Exception> T withHandle(HandleCallback<T, X> callback) throws X {
        return jdbi.withHandle(callback);
    }

    /** Allocates the next id of a collection in Octopus form, e.g. {@code Projects-12}. */
    public static String nextId(Handle handle, String collection) {
        long n =
                handle.createQuery("SELECT nextval('" + sequenceName(collection) + "')")
                        .mapTo(Long.class)
                        .one();
        return collection + "-" + n;
    }

    /**
     * The sequence behind {@link #nextId}; each migration creates the sequences of its collections.
     */
    static String sequenceName(String collection) {
        if (!collection.matches("[A-Za-z]+")) {
            throw new IllegalArgumentException("Not a collection name: " + collection);
        }
        return "seq_" + collection.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void close() {
        dataSource.close();
    }
}

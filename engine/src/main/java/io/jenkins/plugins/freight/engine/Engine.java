package io.jenkins.plugins.freight.engine;

import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.IdentityService;
import io.jenkins.plugins.freight.engine.storage.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * The assembled engine: opens the database, wires every feature's repositories and services, and
 * owns the background components (task executor, lease sweeper, retention). Construction does no
 * background work; {@link #start()} starts it and {@link #close()} stops it.
 *
 * <p>Services are reached through accessors, one per feature; each takes a {@code Caller} on every
 * call.
 */
public final class Engine implements AutoCloseable {

    private final EngineSettings settings;
    private final Database database;
    private final AccessPolicy accessPolicy;
    private final IdentityService identity;

    private Engine(EngineSettings settings, Database database) {
        this.settings = settings;
        this.database = database;
        this.accessPolicy = AccessPolicy.authenticatedCallers();
        this.identity = new IdentityService(database, accessPolicy, java.time.Clock.systemUTC());
    }

    /**
     * Opens the database (migrating it) and wires the services, without starting background work.
     */
    public static Engine open(EngineSettings settings) {
        try {
            Files.createDirectories(settings.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create data directory " + settings.dataDir(), e);
        }
        Database database = Database.open(settings.database());
        return new Engine(settings, database);
    }

    /** Starts background work (task execution on this node). Idempotent. */
    public synchronized void start() {}

    public EngineSettings settings() {
        return settings;
    }

    public Database database() {
        return database;
    }

    /** The permission check every service consults before it acts. */
    public AccessPolicy accessPolicy() {
        return accessPolicy;
    }

    /** Users, API keys and authentication. */
    public IdentityService identity() {
        return identity;
    }

    /**
     * Stops background work, letting running steps finish or marking them, then closes the
     * database.
     */
    @Override
    public synchronized void close() {
        database.close();
    }
}

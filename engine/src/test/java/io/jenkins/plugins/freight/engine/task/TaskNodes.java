package io.jenkins.plugins.freight.engine.task;

import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.storage.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Task services ("nodes") on one database with short leases and intervals, closed together. */
final class TaskNodes implements AutoCloseable {

    private final Database database;
    private final DatabaseSettings settings;
    private final List<TaskService> services = new ArrayList<>();
    private final List<Database> extraPools = new ArrayList<>();

    /** Nodes on a database that each node may also reach through a pool of its own. */
    TaskNodes(DatabaseSettings settings) {
        this.settings = settings;
        this.database = Database.open(settings);
    }

    /** A node with its own connection pool, as a separate server would have. */
    TaskService nodeWithOwnPool(TaskSettings taskSettings) {
        Database own = Database.open(settings);
        extraPools.add(own);
        TaskService service =
                new TaskService(own, AccessPolicy.authenticatedCallers(), taskSettings);
        services.add(service);
        return service;
    }

    static TaskSettings fastSettings(String node, int cap) {
        return new TaskSettings(
                node,
                cap,
                Duration.ofSeconds(2),
                Duration.ofMillis(300),
                Duration.ofMillis(300),
                Duration.ofMillis(100),
                Duration.ofMillis(50),
                Duration.ofMillis(50),
                3);
    }

    TaskService node(String name, int cap) {
        return node(fastSettings(name, cap));
    }

    TaskService node(TaskSettings settings) {
        TaskService service =
                new TaskService(database, AccessPolicy.authenticatedCallers(), settings);
        services.add(service);
        return service;
    }

    Database database() {
        return database;
    }

    /** Queues a task in its own transaction through {@code service}. */
    ServerTask enqueue(TaskService service, TaskRequest request) {
        return database.inTransaction(h -> service.enqueue(h, request));
    }

    static TaskRequest request(String name) {
        return TaskRequest.of("Spaces-1", name, name + " task");
    }

    static TaskHandler handler(String name, Body body) {
        return new TaskHandler() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public TaskOutcome execute(TaskContext context) throws Exception {
                return body.run(context);
            }
        };
    }

    /** A handler body. */
    @FunctionalInterface
    interface Body {
        TaskOutcome run(TaskContext context) throws Exception;
    }

    @Override
    public void close() {
        for (TaskService service : services) {
            service.stop();
        }
        extraPools.forEach(Database::close);
        database.close();
        dropIfPostgres();
    }

    /** Keeps the test cluster small: each test's PostgreSQL database goes when the test ends. */
    private void dropIfPostgres() {
        String url = settings.jdbcUrl();
        if (!url.startsWith("jdbc:postgresql:")) {
            return;
        }
        int slash = url.lastIndexOf('/');
        String name = url.substring(slash + 1);
        try (Connection c =
                        DriverManager.getConnection(
                                url.substring(0, slash + 1) + "postgres",
                                settings.user(),
                                settings.password());
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            // a leftover database only costs disk space until the test cluster goes
        }
    }
}

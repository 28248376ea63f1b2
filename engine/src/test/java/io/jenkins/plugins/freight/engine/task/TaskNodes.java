package io.jenkins.plugins.freight.engine.task;

import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.storage.Database;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Task services ("nodes") on one database with short leases and intervals, closed together. */
final class TaskNodes implements AutoCloseable {

    private final Database database;
    private final List<TaskService> services = new ArrayList<>();

    TaskNodes(Database database) {
        this.database = database;
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

    @Override
    public void close() {
        for (TaskService service : services) {
            service.stop();
        }
        database.close();
    }
}

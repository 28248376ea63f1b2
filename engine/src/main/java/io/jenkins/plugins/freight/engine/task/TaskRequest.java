package io.jenkins.plugins.freight.engine.task;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What to queue: see {@link TaskService#enqueue}. Build with {@link #of} and the {@code with…}
 * methods.
 *
 * @param spaceId the space, or null for a system task
 * @param name the handler's name, e.g. {@code Deploy}
 * @param description one line for people
 * @param arguments JSON-compatible values (strings, numbers, booleans, lists, maps)
 * @param projectId related project, or null
 * @param environmentId related environment, or null
 * @param tenantId related tenant, or null
 * @param concurrencyTag at most one task per tag executes at a time; later ones wait in queue order
 * @param queueTime earliest start, or null for now
 * @param queueTimeExpiry latest start, or null for never; a task not started by then times out
 */
public record TaskRequest(
        String spaceId,
        String name,
        String description,
        Map<String, Object> arguments,
        String projectId,
        String environmentId,
        String tenantId,
        String concurrencyTag,
        Instant queueTime,
        Instant queueTimeExpiry) {

    public TaskRequest {
        Objects.requireNonNull(name, "name");
        description = description == null ? name : description;
        arguments = arguments == null ? Map.of() : Map.copyOf(arguments);
    }

    public static TaskRequest of(String spaceId, String name, String description) {
        return new TaskRequest(
                spaceId, name, description, Map.of(), null, null, null, null, null, null);
    }

    public TaskRequest withArguments(Map<String, Object> value) {
        return new TaskRequest(
                spaceId,
                name,
                description,
                value,
                projectId,
                environmentId,
                tenantId,
                concurrencyTag,
                queueTime,
                queueTimeExpiry);
    }

    /** Relates the task to a project, environment and tenant (each may be null). */
    public TaskRequest regarding(String project, String environment, String tenant) {
        return new TaskRequest(
                spaceId,
                name,
                description,
                arguments,
                project,
                environment,
                tenant,
                concurrencyTag,
                queueTime,
                queueTimeExpiry);
    }

    public TaskRequest withConcurrencyTag(String value) {
        return new TaskRequest(
                spaceId,
                name,
                description,
                arguments,
                projectId,
                environmentId,
                tenantId,
                value,
                queueTime,
                queueTimeExpiry);
    }

    /**
     * Schedules the task: not before {@code start}, timing out if not started by {@code expiry}.
     */
    public TaskRequest withQueueTime(Instant start, Instant expiry) {
        return new TaskRequest(
                spaceId,
                name,
                description,
                arguments,
                projectId,
                environmentId,
                tenantId,
                concurrencyTag,
                start,
                expiry);
    }
}

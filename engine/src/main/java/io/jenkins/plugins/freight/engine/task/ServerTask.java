package io.jenkins.plugins.freight.engine.task;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A server task as stored: what to run ({@link #name()}, {@link #arguments()}), where it is in its
 * life ({@link #state()}) and what the activity log has seen so far.
 *
 * @param id {@code ServerTasks-N}
 * @param spaceId the space, or null for a system task
 * @param name the handler's name, e.g. {@code Deploy}
 * @param description one line for people, e.g. "Deploy Web release 1.2.0 to Production"
 * @param arguments JSON-compatible values, e.g. {@code DeploymentId}
 * @param state see {@link TaskState}
 * @param queueTime when the task was queued, or the time it may start at the earliest
 * @param queueTimeExpiry if still not started by then, the task times out; null for never
 * @param startTime when a node first picked it up
 * @param completedTime when it reached a terminal state
 * @param lastUpdatedTime last change of the task or its log
 * @param serverNode the node running it, or the node that ran it last
 * @param errorMessage why it failed, masked like the log; null unless failed, canceled or timed out
 * @param hasPendingInterruptions waiting for a person
 * @param hasWarningsOrErrors the log holds a warning or error line
 * @param projectId related project, or null
 * @param environmentId related environment, or null
 * @param tenantId related tenant, or null
 * @param concurrencyTag at most one task per tag executes at a time, or null
 * @param progressPercentage the task's own progress, 0-100
 * @param progressMessage what the task is doing, or null
 * @param version grows with every change of the task or its log; see {@link
 *     TaskService#awaitChange}
 */
public record ServerTask(
        String id,
        String spaceId,
        String name,
        String description,
        Map<String, Object> arguments,
        TaskState state,
        Instant queueTime,
        Instant queueTimeExpiry,
        Instant startTime,
        Instant completedTime,
        Instant lastUpdatedTime,
        String serverNode,
        String errorMessage,
        boolean hasPendingInterruptions,
        boolean hasWarningsOrErrors,
        String projectId,
        String environmentId,
        String tenantId,
        String concurrencyTag,
        int progressPercentage,
        String progressMessage,
        long version) {

    public ServerTask {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        arguments = arguments == null ? Map.of() : Map.copyOf(arguments);
    }

    /** Octopus's {@code IsCompleted}: the state is terminal. */
    public boolean isCompleted() {
        return state.isTerminal();
    }

    /** Octopus's {@code FinishedSuccessfully}: the state is Success. */
    public boolean finishedSuccessfully() {
        return state.isSuccessful();
    }

    /** Octopus's {@code HasBeenPickedUpByProcessor}. */
    public boolean hasBeenPickedUpByProcessor() {
        return startTime != null;
    }

    /** A finished task may be run again ({@link TaskService#rerun}). */
    public boolean canRerun() {
        return state.isTerminal();
    }

    /** Time from start to completion (or to {@code now} while running); empty if never started. */
    public Optional<Duration> duration(Instant now) {
        if (startTime == null) {
            return Optional.empty();
        }
        Instant end = completedTime != null ? completedTime : now;
        return Optional.of(Duration.between(startTime, end));
    }

    /** A text argument, e.g. {@code stringArgument("DeploymentId")}. */
    public Optional<String> stringArgument(String argumentName) {
        Object value = arguments.get(argumentName);
        return value == null ? Optional.empty() : Optional.of(value.toString());
    }
}

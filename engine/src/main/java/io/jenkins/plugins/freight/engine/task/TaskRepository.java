package io.jenkins.plugins.freight.engine.task;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Task rows: what {@link TaskService} stores about each task (not the queue, not the log). */
interface TaskRepository {

    /** Inserts a new Queued task and returns it. */
    ServerTask insert(Handle handle, TaskRequest request, Instant now);

    Optional<ServerTask> find(Handle handle, String id);

    /** Reads the task and locks its row until the transaction ends. */
    Optional<ServerTask> lock(Handle handle, String id);

    List<ServerTask> findAll(Handle handle, Collection<String> ids);

    TaskPage list(Handle handle, TaskQuery query);

    /** Executing on {@code node}; the start time is kept from an earlier run. */
    void markExecuting(Handle handle, String id, String node, Instant now);

    /** Sets a new state (and error message for terminal ones), bumping the version. */
    void setState(Handle handle, String id, TaskState state, String errorMessage, Instant now);

    void setPendingInterruptions(Handle handle, String id, boolean pending, Instant now);

    /** Records why the handler runs next time; NODE_LOST also counts a recovery. */
    void setResumeReason(Handle handle, String id, ResumeReason reason, Instant now);

    /** Stores the checkpoint if the task is still leased to {@code instance}; false otherwise. */
    boolean saveCheckpoint(Handle handle, String id, String instance, String checkpoint);

    RunState runState(Handle handle, String id);

    /** A log batch was stored: bump the version, grow the log size, note warnings and progress. */
    void touch(
            Handle handle,
            String id,
            long addedLogChars,
            boolean warningsOrErrors,
            Integer progressPercentage,
            String progressMessage,
            Instant now);

    /** Puts a finished task back to Queued with a clean slate (rerun). */
    void resetForRerun(Handle handle, String id, Instant now);

    /** Queued (never started) tasks whose queue-time expiry has passed. */
    List<String> queuedPastExpiry(Handle handle, Instant now, int limit);

    /**
     * Executing or Cancelling tasks that neither sit in the queue nor wait for a person: no node
     * will ever finish them (a safety net; every transition keeps this from happening).
     */
    List<String> orphaned(Handle handle, int limit);

    /** Of the given tasks, those whose state is Cancelling. */
    List<String> cancelling(Handle handle, Collection<String> ids);

    /** Characters of log text stored for the task. */
    long logSize(Handle handle, String id);

    /** Current versions of the given tasks (absent ids are missing from the map). */
    java.util.Map<String, Long> versions(Handle handle, Collection<String> ids);

    /**
     * What a handler needs when it starts: its checkpoint, why it runs and how often it was
     * recovered.
     */
    record RunState(String checkpoint, ResumeReason resumeReason, int recoveries) {}
}

package io.jenkins.plugins.freight.engine.task.interruption;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Stored interruptions and the documents they regard. */
public interface InterruptionRepository {

    Interruption insert(
            Handle handle, String spaceId, String taskId, InterruptionRequest request, Instant now);

    Optional<Interruption> find(Handle handle, String id);

    /** Reads and locks the row until the transaction ends. */
    Optional<Interruption> lock(Handle handle, String id);

    List<Interruption> forTask(Handle handle, String taskId);

    InterruptionPage list(Handle handle, InterruptionQuery query);

    void setResponsible(Handle handle, String id, String userId);

    void submit(Handle handle, String id, Map<String, String> values, String userId, Instant now);

    /** Ends every pending interruption of a task without an answer (the task ended). */
    int closePending(Handle handle, String taskId);

    boolean hasPending(Handle handle, String taskId);

    /** Whether a pending interruption of the task keeps its concurrency turn. */
    boolean hasPendingBlocking(Handle handle, String taskId);

    /** Removes all interruptions of a task (rerun). */
    void deleteForTask(Handle handle, String taskId);
}

package io.jenkins.plugins.freight.engine.task;

import io.jenkins.plugins.freight.engine.task.interruption.Interruption;
import io.jenkins.plugins.freight.engine.task.interruption.InterruptionRequest;
import io.jenkins.plugins.freight.engine.task.log.ActivityLog;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a {@link TaskHandler} gets while it runs one task. */
public interface TaskContext {

    /** The task as it was when this run started. */
    ServerTask task();

    default String taskId() {
        return task().id();
    }

    default String spaceId() {
        return task().spaceId();
    }

    default Map<String, Object> arguments() {
        return task().arguments();
    }

    /** A text argument, e.g. {@code argument("DeploymentId")}. */
    default Optional<String> argument(String name) {
        return task().stringArgument(name);
    }

    /** This node's name. */
    String nodeName();

    /** Why {@code execute} is called: first run, after an interruption, or after a lost node. */
    ResumeReason resumeReason();

    /** The activity log; its root block stands for the task. */
    ActivityLog log();

    /** Sets the task's own progress (0-100) and message. */
    void progress(int percentage, String message);

    /** True once someone asked to cancel the task; the handler should stop soon. */
    boolean isCancellationRequested();

    /**
     * Runs {@code callback} when cancellation is requested (at once if it already was). Close the
     * registration when the callback is no longer needed.
     */
    Registration onCancel(Runnable callback);

    /**
     * Kills {@code process} and its descendants when cancellation is requested (at once if it
     * already was). Close the registration when the process has ended.
     */
    Registration registerProcess(Process process);

    /** The checkpoint saved by an earlier run of this task, if any. */
    Optional<String> checkpoint();

    /**
     * Stores an opaque (typically JSON) checkpoint durably, replacing the previous one, so a later
     * run can continue from here.
     */
    void saveCheckpoint(String checkpoint);

    /**
     * Raises an interruption (pending, regarding this task) for a person to answer. To wait for the
     * answer without holding a thread or a slot, save a checkpoint that remembers the
     * interruption's id and return {@link TaskOutcome#waitForInterruption()}.
     */
    Interruption createInterruption(InterruptionRequest request);

    /** One interruption of this task, with its submitted values once answered. */
    Optional<Interruption> interruption(String interruptionId);

    /** All interruptions of this task, oldest first. */
    List<Interruption> interruptions();
}

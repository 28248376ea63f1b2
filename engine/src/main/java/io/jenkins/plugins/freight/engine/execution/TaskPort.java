package io.jenkins.plugins.freight.engine.execution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.freight.engine.step.InterventionRequest;
import io.jenkins.plugins.freight.engine.step.InterventionResponse;
import io.jenkins.plugins.freight.engine.task.TaskContext;
import io.jenkins.plugins.freight.engine.task.interruption.Interruption;
import io.jenkins.plugins.freight.engine.task.interruption.InterruptionRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The runner's {@link ExecutionPorts.TaskControl} on a running task: checkpoints (the runner's
 * state plus the activity-log block ids, see {@link TaskLog}), interruptions raised and answered
 * through the task service, and cancellation.
 */
final class TaskPort implements ExecutionPorts.TaskControl {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_CORRELATION = 200;

    /** The JSON shape of the task's checkpoint. */
    record Checkpoint(String run, Map<String, String> blocks) {
        Checkpoint {
            blocks = blocks == null ? Map.of() : blocks;
        }
    }

    private final TaskContext context;
    private final Checkpoint initial;
    private final List<String> relatedDocumentIds;
    private final Function<Interruption, InterventionResponse> responses;
    private TaskLog log;
    private String lastRun;

    /**
     * @param relatedDocumentIds ids an interruption is about besides the task (deployment, project,
     *     environment…)
     * @param responses turns a submitted interruption into the answer a step sees
     */
    TaskPort(
            TaskContext context,
            List<String> relatedDocumentIds,
            Function<Interruption, InterventionResponse> responses) {
        this.context = context;
        this.initial = context.checkpoint().map(TaskPort::parse).orElse(null);
        this.lastRun = initial == null ? null : initial.run();
        this.relatedDocumentIds = List.copyOf(relatedDocumentIds);
        this.responses = responses;
    }

    /** The task log whose block ids go into every checkpoint from now on. */
    TaskLog openLog() {
        log =
                new TaskLog(
                        context.log(),
                        initial == null ? Map.of() : initial.blocks(),
                        this::blocksChanged);
        return log;
    }

    /** Stores the new block's id at once, so a run resumed after a lost node writes into it. */
    private synchronized void blocksChanged() {
        try {
            store(lastRun);
        } catch (IllegalStateException e) {
            // this node no longer holds the task: the run is being stopped anyway
        }
    }

    static Checkpoint parse(String json) {
        try {
            return JSON.readValue(json, Checkpoint.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The deployment's checkpoint could not be read.", e);
        }
    }

    @Override
    public Optional<String> checkpoint() {
        return initial == null ? Optional.empty() : Optional.ofNullable(initial.run());
    }

    @Override
    public synchronized void saveCheckpoint(String checkpoint) {
        store(checkpoint);
        lastRun = checkpoint;
    }

    private void store(String run) {
        try {
            context.saveCheckpoint(
                    JSON.writeValueAsString(
                            new Checkpoint(run, log == null ? Map.of() : log.blockIds())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String raiseInterruption(InterventionRequest request, String regardingStep) {
        InterruptionRequest raised =
                "GuidedFailure".equals(request.type())
                        ? InterruptionRequest.guidedFailure(
                                request.title(),
                                request.instructions(),
                                request.options().contains("Ignore"),
                                relatedDocumentIds)
                        : InterruptionRequest.manualIntervention(
                                request.title(),
                                request.instructions(),
                                request.responsibleTeamIds(),
                                relatedDocumentIds);
        String correlation =
                regardingStep.length() > MAX_CORRELATION
                        ? regardingStep.substring(0, MAX_CORRELATION)
                        : regardingStep;
        raised = raised.withCorrelationId(correlation);
        if (request.blockConcurrentDeployments()) {
            raised = raised.blockingConcurrentTasks();
        }
        return context.createInterruption(raised).id();
    }

    @Override
    public Optional<InterventionResponse> answer(String interruptionId) {
        return context.interruption(interruptionId)
                .filter(i -> !i.isPending() && i.result().isPresent())
                .map(responses);
    }

    @Override
    public boolean isCancellationRequested() {
        return context.isCancellationRequested();
    }

    @Override
    public AutoCloseable onCancel(Runnable callback) {
        return context.onCancel(callback);
    }
}

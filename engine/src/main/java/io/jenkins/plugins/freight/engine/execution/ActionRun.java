package io.jenkins.plugins.freight.engine.execution;

import io.jenkins.plugins.freight.engine.step.InterventionRequest;
import io.jenkins.plugins.freight.engine.step.InterventionResponse;
import io.jenkins.plugins.freight.engine.step.StepKind;
import io.jenkins.plugins.freight.engine.step.StepOutcome;
import io.jenkins.plugins.freight.engine.target.OutputCategory;
import io.jenkins.plugins.freight.engine.target.OutputVariable;
import io.jenkins.plugins.freight.engine.target.Target;
import io.jenkins.plugins.freight.engine.target.TargetLocks;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;

/**
 * Runs one action on one target: answers a pending interruption, takes the target's lock, applies
 * the step timeout and retries with backoff, and on failure either fails or (guided failure) asks a
 * person. Records the unit's outcome in the run state.
 */
final class ActionRun {

    static final String MAX_RETRIES = "Octopus.Action.AutoRetry.MaximumCount";
    static final String MIN_BACKOFF = "Octopus.Action.AutoRetry.MinimumBackoff";
    static final String TIMEOUT_MINUTES = "Octopus.Action.ExecutionTimeout.Minutes";
    static final String TIMEOUT_SECONDS = "Freight.Action.ExecutionTimeout.Seconds";
    static final String BYPASS_MUTEX = "OctopusBypassDeploymentMutex";
    private static final String GUIDED = "guided:";

    enum Outcome {
        SUCCEEDED,
        FAILED,
        SKIPPED,
        WAITING,
        CANCELED
    }

    private final RunContext run;
    private final PlannedStep step;
    private final PlannedAction action;
    private final StepKind kind;
    private final Target target;
    private final Target onBehalfOf;
    private final String key;

    ActionRun(
            RunContext run,
            PlannedStep step,
            PlannedAction action,
            StepKind kind,
            Target target,
            int stepIndex) {
        this(run, step, action, kind, target, stepIndex, target);
    }

    /**
     * @param onBehalfOf the target whose variables the action sees: in a rolling step, an action
     *     that runs on the engine or the server runs once for each of the step's targets
     */
    ActionRun(
            RunContext run,
            PlannedStep step,
            PlannedAction action,
            StepKind kind,
            Target target,
            int stepIndex,
            Target onBehalfOf) {
        this.run = run;
        this.step = step;
        this.action = action;
        this.kind = kind;
        this.target = target;
        this.onBehalfOf = onBehalfOf;
        this.key =
                stepIndex
                        + "/"
                        + action.name()
                        + "/"
                        + target.id()
                        + (onBehalfOf == target ? "" : "@" + onBehalfOf.id());
    }

    Outcome run(ExecutionLog.Block stepBlock) throws InterruptedException {
        RunState state = run.state();
        String done = state.unit(key);
        if (done != null) {
            return Outcome.valueOf(done);
        }
        if (state.pending(key) == null && !conditionHolds()) {
            stepBlock.line(
                    OutputCategory.INFO,
                    "Skipping action "
                            + action.name()
                            + " on "
                            + onBehalfOf.name()
                            + ": its run condition is false.");
            state.recordUnit(key, Outcome.SKIPPED.name());
            run.save();
            return Outcome.SKIPPED;
        }
        ExecutionLog.Block block =
                stepBlock.child(
                        action.name()
                                + " on "
                                + target.name()
                                + (onBehalfOf == target ? "" : " for " + onBehalfOf.name()));
        if (target instanceof WorkerTarget worker) {
            block.line(OutputCategory.INFO, worker.describe());
        }
        Optional<InterventionResponse> manualAnswer = Optional.empty();
        String pendingId = state.pending(key);
        if (pendingId != null) {
            boolean guided = pendingId.startsWith(GUIDED);
            Optional<InterventionResponse> answer =
                    run.ports()
                            .task()
                            .answer(guided ? pendingId.substring(GUIDED.length()) : pendingId);
            if (answer.isEmpty()) {
                block.finish(ExecutionLog.BlockStatus.WAITING);
                return Outcome.WAITING;
            }
            state.clearPending(key);
            if (guided) {
                Optional<Outcome> decided = guidedAnswer(answer.get(), block);
                if (decided.isPresent()) {
                    return record(decided.get(), block);
                }
            } else {
                manualAnswer = answer;
            }
        }
        int attempts = 1 + Math.max(0, Math.min(10, number(MAX_RETRIES, 0)));
        Duration backoff = Duration.ofSeconds(Math.max(0, number(MIN_BACKOFF, 15)));
        StepOutcome outcome = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            outcome = attempt(block, manualAnswer);
            if (outcome.status() == StepOutcome.Status.AWAITING_INTERVENTION) {
                String id =
                        run.ports()
                                .task()
                                .raiseInterruption(
                                        outcome.intervention().orElseThrow(), step.name());
                state.setPending(key, id);
                run.save();
                block.finish(ExecutionLog.BlockStatus.WAITING);
                return Outcome.WAITING;
            }
            if (outcome.isSuccessful() || run.ports().task().isCancellationRequested()) {
                break;
            }
            if (attempt < attempts) {
                block.line(
                        OutputCategory.WARNING,
                        "Attempt "
                                + attempt
                                + " failed: "
                                + run.mask(outcome.message())
                                + " Retrying in "
                                + backoff.toSeconds()
                                + " s.");
                Thread.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(2);
            }
        }
        if (run.ports().task().isCancellationRequested()) {
            block.finish(ExecutionLog.BlockStatus.CANCELED);
            return Outcome.CANCELED;
        }
        if (outcome.isSuccessful()) {
            return record(Outcome.SUCCEEDED, block);
        }
        String message = run.mask(outcome.message());
        block.line(OutputCategory.ERROR, message);
        if (run.plan().guidedFailure()) {
            List<String> options =
                    action.required()
                            ? List.of("Fail", "Retry")
                            : List.of("Fail", "Retry", "Ignore", "Exclude");
            String id =
                    run.ports()
                            .task()
                            .raiseInterruption(
                                    new InterventionRequest(
                                            "GuidedFailure",
                                            "Deployment of "
                                                    + action.name()
                                                    + " on "
                                                    + target.name()
                                                    + " failed",
                                            message,
                                            List.of(),
                                            options,
                                            false),
                                    step.name());
            state.setPending(key, GUIDED + id);
            run.save();
            block.finish(ExecutionLog.BlockStatus.WAITING);
            return Outcome.WAITING;
        }
        state.fail(
                "The step " + step.name() + " failed on " + target.name() + ": " + message,
                message);
        return record(Outcome.FAILED, block);
    }

    private Optional<Outcome> guidedAnswer(InterventionResponse answer, ExecutionLog.Block block) {
        String who = answer.displayName() == null ? answer.username() : answer.displayName();
        switch (answer.result().toLowerCase(java.util.Locale.ROOT)) {
            case "ignore" -> {
                block.line(OutputCategory.WARNING, who + " chose to ignore the failure.");
                return Optional.of(Outcome.SUCCEEDED);
            }
            case "exclude" -> {
                block.line(
                        OutputCategory.WARNING,
                        who + " excluded " + target.name() + " from the rest of the deployment.");
                run.state().exclude(target.id());
                return Optional.of(Outcome.SKIPPED);
            }
            case "retry" -> {
                block.line(OutputCategory.INFO, who + " chose to retry.");
                return Optional.empty();
            }
            default -> {
                block.line(OutputCategory.ERROR, who + " chose to fail the deployment.");
                run.state()
                        .fail(
                                "The step " + step.name() + " failed on " + target.name() + ".",
                                "Failed by " + who);
                return Optional.of(Outcome.FAILED);
            }
        }
    }

    private StepOutcome attempt(ExecutionLog.Block block, Optional<InterventionResponse> answer)
            throws InterruptedException {
        Map<String, String> variables = run.variablesFor(step, action, onBehalfOf);
        UnaryOperator<String> masker = run.masker();
        ActionStepContext context =
                new ActionStepContext(
                        action,
                        target,
                        variables,
                        masker,
                        block,
                        run.ports(),
                        answer,
                        run.ports().scratchRoot().resolve(UUID.randomUUID().toString()));
        boolean locked =
                !kind.runsOnEngine()
                        && !"true".equalsIgnoreCase(variables.getOrDefault(BYPASS_MUTEX, "false"));
        if (locked && run.ports().locks().isBusy(target.id())) {
            block.line(
                    OutputCategory.INFO,
                    "Waiting for the step that runs on " + target.name() + " to finish.");
        }
        try (AutoCloseable cancel = run.ports().task().onCancel(context::cancel);
                TargetLocks.Held lock =
                        locked ? run.ports().locks().acquire(target.id()) : () -> {}) {
            StepOutcome outcome = withTimeout(context);
            publish(context.outputs());
            return outcome;
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            return StepOutcome.failed(
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } finally {
            run.deleteScratch(context);
        }
    }

    private StepOutcome withTimeout(ActionStepContext context) throws Exception {
        Optional<Duration> timeout = timeout();
        if (timeout.isEmpty()) {
            return kind.execute(context);
        }
        ExecutorService executor = run.workers();
        Future<StepOutcome> future = executor.submit(() -> kind.execute(context));
        try {
            return future.get(timeout.get().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            context.cancel();
            future.cancel(true);
            return StepOutcome.failed(
                    "The step did not finish within " + timeout.get().toSeconds() + " seconds.");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ex ? ex : e;
        }
    }

    /** The action's own run condition, evaluated with the target's variables. */
    private boolean conditionHolds() {
        Optional<String> expression = action.conditionExpression();
        if (expression.isEmpty()) {
            return true;
        }
        var templates = run.ports().templates();
        return templates.isTruthy(
                templates.render(expression.get(), run.variablesFor(step, action, onBehalfOf)));
    }

    private Optional<Duration> timeout() {
        int seconds = number(TIMEOUT_SECONDS, 0);
        if (seconds > 0) {
            return Optional.of(Duration.ofSeconds(seconds));
        }
        int minutes = number(TIMEOUT_MINUTES, 0);
        return minutes > 0 ? Optional.of(Duration.ofMinutes(minutes)) : Optional.empty();
    }

    private void publish(List<OutputVariable> outputs) {
        for (OutputVariable v : outputs) {
            run.state()
                    .addOutput(
                            "Octopus.Action[" + action.name() + "].Output." + v.name(),
                            v.value(),
                            v.sensitive());
            run.state()
                    .addOutput(
                            "Octopus.Action["
                                    + action.name()
                                    + "].Output["
                                    + target.name()
                                    + "]."
                                    + v.name(),
                            v.value(),
                            v.sensitive());
        }
    }

    private Outcome record(Outcome outcome, ExecutionLog.Block block) {
        run.state().recordUnit(key, outcome.name());
        run.save();
        block.finish(
                switch (outcome) {
                    case SUCCEEDED -> ExecutionLog.BlockStatus.SUCCESS;
                    case SKIPPED -> ExecutionLog.BlockStatus.SKIPPED;
                    case CANCELED -> ExecutionLog.BlockStatus.CANCELED;
                    case WAITING -> ExecutionLog.BlockStatus.WAITING;
                    case FAILED -> ExecutionLog.BlockStatus.FAILED;
                });
        return outcome;
    }

    private int number(String property, int fallback) {
        String raw = action.properties().get(property);
        try {
            return raw == null || raw.isBlank() ? fallback : Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}

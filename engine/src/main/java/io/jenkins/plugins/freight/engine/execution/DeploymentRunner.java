package io.jenkins.plugins.freight.engine.execution;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.step.StepKind;
import io.jenkins.plugins.freight.engine.target.OutputCategory;
import io.jenkins.plugins.freight.engine.target.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a deployment process: steps in order, or in parallel with the previous step ({@code
 * StartWithPrevious}); each step's run condition, each action's environment and channel conditions,
 * skipped and disabled actions, target tags; actions on several targets in parallel, or at most
 * {@code MaxParallelism} targets at a time in a rolling step ({@link RollingStep}). Progress is
 * saved as a checkpoint after every action on every target, so calling {@link #run} again with the
 * same ports continues where the last run stopped (after a manual intervention, a guided-failure
 * answer or a lost node).
 */
public final class DeploymentRunner {

    /** Runs (or resumes) the plan. */
    public RunResult run(ExecutionPlan plan, ExecutionPorts ports) throws InterruptedException {
        RunState state = ports.task().checkpoint().map(RunState::parse).orElseGet(RunState::new);
        ExecutorService workers = Executors.newCachedThreadPool(daemon());
        try {
            RunContext run = new RunContext(plan, ports, state, workers);
            boolean waiting = false;
            List<PlannedStep> steps = plan.steps();
            int i = 0;
            while (i < steps.size()) {
                int end = i + 1;
                while (end < steps.size() && steps.get(end).startWithPrevious()) {
                    end++;
                }
                List<Future<ActionRun.Outcome>> batch = new ArrayList<>();
                for (int s = i; s < end; s++) {
                    int index = s;
                    batch.add(workers.submit(() -> runStep(run, index)));
                }
                for (Future<ActionRun.Outcome> f : batch) {
                    waiting |= get(f) == ActionRun.Outcome.WAITING;
                }
                if (ports.task().isCancellationRequested()) {
                    ports.log().root().finish(ExecutionLog.BlockStatus.CANCELED);
                    return new RunResult(RunResult.Status.CANCELED, "The deployment was canceled.");
                }
                if (waiting) {
                    run.save();
                    return new RunResult(
                            RunResult.Status.WAITING, "The deployment is waiting for a person.");
                }
                i = end;
            }
            run.save();
            if (state.error() != null) {
                ports.log().root().finish(ExecutionLog.BlockStatus.FAILED);
                return new RunResult(RunResult.Status.FAILED, run.mask(state.error()));
            }
            ports.log().root().finish(ExecutionLog.BlockStatus.SUCCESS);
            return new RunResult(RunResult.Status.SUCCEEDED, "The deployment succeeded.");
        } finally {
            workers.shutdownNow();
        }
    }

    private ActionRun.Outcome runStep(RunContext run, int index) throws InterruptedException {
        PlannedStep step = run.plan().steps().get(index);
        String recorded = run.state().stepStatus(step.name());
        // A step canceled under a run that then lost its node is not finished: it runs again.
        if (recorded != null && !recorded.equals("Running") && !recorded.equals("Canceled")) {
            return recorded.equals("Failed")
                    ? ActionRun.Outcome.FAILED
                    : ActionRun.Outcome.SUCCEEDED;
        }
        ExecutionLog.Block block =
                run.ports().log().root().child("Step " + (index + 1) + ": " + step.name());
        String skipReason = conditionSkip(run, step);
        if (skipReason != null) {
            block.line(OutputCategory.INFO, "Skipping this step: " + skipReason + ".");
            return finishStep(run, step, block, ActionRun.Outcome.SKIPPED);
        }
        run.state().setStepStatus(step.name(), "Running");
        ActionRun.Outcome stepOutcome =
                step.isRolling()
                        ? new RollingStep(run, step, index, block).run()
                        : runActions(run, step, index, block);
        if (stepOutcome == ActionRun.Outcome.WAITING) {
            block.finish(ExecutionLog.BlockStatus.WAITING);
            return stepOutcome;
        }
        return finishStep(run, step, block, stepOutcome);
    }

    /** Action after action, each on all its targets at once. */
    private ActionRun.Outcome runActions(
            RunContext run, PlannedStep step, int index, ExecutionLog.Block block)
            throws InterruptedException {
        ActionRun.Outcome stepOutcome = ActionRun.Outcome.SKIPPED;
        for (PlannedAction action : step.actions()) {
            ActionRun.Outcome outcome = runAction(run, step, index, action, block);
            stepOutcome = worse(stepOutcome, outcome);
            if (isFinal(outcome)) {
                break;
            }
        }
        return stepOutcome;
    }

    /** An outcome after which no further action of the step starts. */
    static boolean isFinal(ActionRun.Outcome outcome) {
        return outcome == ActionRun.Outcome.WAITING
                || outcome == ActionRun.Outcome.FAILED
                || outcome == ActionRun.Outcome.CANCELED;
    }

    private ActionRun.Outcome runAction(
            RunContext run,
            PlannedStep step,
            int index,
            PlannedAction action,
            ExecutionLog.Block block)
            throws InterruptedException {
        var exclusion = exclusion(run, action);
        if (exclusion.isPresent()) {
            block.line(
                    OutputCategory.INFO,
                    "Skipping action " + action.name() + ": " + exclusion.get() + ".");
            return ActionRun.Outcome.SKIPPED;
        }
        StepKind kind;
        List<Target> targets;
        try {
            kind = run.ports().steps().get(action.actionType());
            targets = targets(run, step, action, kind);
        } catch (InvalidInputException e) {
            block.line(OutputCategory.ERROR, e.getMessage());
            run.state().fail(e.getMessage(), e.getMessage());
            return ActionRun.Outcome.FAILED;
        }
        if (targets.isEmpty()) {
            block.line(
                    OutputCategory.WARNING,
                    "Skipping action "
                            + action.name()
                            + ": no deployment targets with the tags "
                            + String.join(", ", step.targetRoles())
                            + " are in this environment.");
            return ActionRun.Outcome.SKIPPED;
        }
        List<Future<ActionRun.Outcome>> units = new ArrayList<>();
        for (Target target : targets) {
            ActionRun unit = new ActionRun(run, step, action, kind, target, index);
            units.add(run.workers().submit(() -> unit.run(block)));
        }
        ActionRun.Outcome outcome = ActionRun.Outcome.SKIPPED;
        for (Future<ActionRun.Outcome> f : units) {
            outcome = worse(outcome, get(f));
        }
        return outcome;
    }

    /** Why the action does not run in this deployment, if it does not. */
    static java.util.Optional<String> exclusion(RunContext run, PlannedAction action) {
        ExecutionPlan plan = run.plan();
        var exclusion = action.exclusion(plan.environmentId(), plan.channelId());
        if (exclusion.isEmpty()
                && plan.skipActionIds().contains(action.id())
                && !action.required()) {
            exclusion = java.util.Optional.of("it was chosen to be skipped for this deployment");
        }
        return exclusion;
    }

    /** Whether the action runs on the step's targets (not on the engine or the server). */
    static boolean runsOnTargets(PlannedAction action, StepKind kind) {
        return !kind.runsOnEngine() && !runsOnServer(action);
    }

    private static boolean runsOnServer(PlannedAction action) {
        return "true"
                .equalsIgnoreCase(
                        action.properties()
                                .getOrDefault("Octopus.Action.RunOnServer", "false")
                                .trim());
    }

    /** The step's targets that are not excluded from the deployment. */
    static List<Target> stepTargets(RunContext run, PlannedStep step) {
        if (step.targetRoles().isEmpty()) {
            throw new InvalidInputException(
                    "Step " + step.name() + " names no target tags to run on.");
        }
        return run.plan().targets().stream()
                .filter(b -> b.matches(step.targetRoles()))
                .map(TargetBinding::target)
                .filter(t -> !run.state().isExcluded(t.id()))
                .toList();
    }

    static List<Target> targets(
            RunContext run, PlannedStep step, PlannedAction action, StepKind kind) {
        if (kind.runsOnEngine()) {
            // Manual intervention, e-mail and health checks run no user code, so the switch for
            // running steps on the server does not apply to them.
            if (run.ports().localHost().isEmpty()) {
                throw new InvalidInputException(
                        "Action "
                                + action.name()
                                + " needs the engine's own host, which is missing.");
            }
            return List.of(run.ports().localHost().get());
        }
        if (runsOnServer(action)) {
            // a worker of the action's pool, else the engine's own host when allowed
            return List.of(
                    run.plan()
                            .serverWorkers()
                            .choose(
                                    action,
                                    run.plan().runOnServer(),
                                    run.ports().localHost(),
                                    run.ports().locks()));
        }
        return stepTargets(run, step);
    }

    private static String conditionSkip(RunContext run, PlannedStep step) {
        boolean failed = run.state().error() != null;
        return switch (step.condition()) {
            case SUCCESS -> failed ? "an earlier step failed" : null;
            case FAILURE -> failed ? null : "it only runs when an earlier step failed";
            case ALWAYS -> null;
            case VARIABLE ->
                    run.ports()
                                    .templates()
                                    .isTruthy(
                                            run.ports()
                                                    .templates()
                                                    .render(
                                                            step.conditionExpression(),
                                                            run.variablesForCondition()))
                            ? null
                            : "its run condition is false";
        };
    }

    private static ActionRun.Outcome finishStep(
            RunContext run, PlannedStep step, ExecutionLog.Block block, ActionRun.Outcome outcome) {
        String code =
                switch (outcome) {
                    case SUCCEEDED -> "Succeeded";
                    case FAILED -> "Failed";
                    case CANCELED -> "Canceled";
                    case SKIPPED, WAITING -> "Skipped";
                };
        run.state().setStepStatus(step.name(), code);
        run.save();
        block.finish(
                switch (outcome) {
                    case SUCCEEDED -> ExecutionLog.BlockStatus.SUCCESS;
                    case FAILED -> ExecutionLog.BlockStatus.FAILED;
                    case CANCELED -> ExecutionLog.BlockStatus.CANCELED;
                    case SKIPPED, WAITING -> ExecutionLog.BlockStatus.SKIPPED;
                });
        return outcome;
    }

    static ActionRun.Outcome worse(ActionRun.Outcome a, ActionRun.Outcome b) {
        return rank(b) > rank(a) ? b : a;
    }

    private static int rank(ActionRun.Outcome o) {
        return switch (o) {
            case SKIPPED -> 0;
            case SUCCEEDED -> 1;
            case FAILED -> 2;
            case CANCELED -> 3;
            case WAITING -> 4;
        };
    }

    static ActionRun.Outcome get(Future<ActionRun.Outcome> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r, "freight-deployment");
            t.setDaemon(true);
            return t;
        };
    }
}

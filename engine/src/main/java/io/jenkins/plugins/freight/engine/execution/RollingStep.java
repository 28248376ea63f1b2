package io.jenkins.plugins.freight.engine.execution;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.step.StepKind;
import io.jenkins.plugins.freight.engine.target.OutputCategory;
import io.jenkins.plugins.freight.engine.target.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A rolling step ({@code Octopus.Action.MaxParallelism}): at most the window's number of targets at
 * a time, in target order; each target runs all of the step's actions in order before its slot goes
 * to the next target. Actions that run on the engine or the server run there once per target, on
 * its behalf (with its variables). After a failure, a wait for a person or a cancel, no further
 * target starts.
 */
final class RollingStep {

    private final RunContext run;
    private final PlannedStep step;
    private final int index;
    private final ExecutionLog.Block block;
    private final AtomicBoolean stop = new AtomicBoolean();

    RollingStep(RunContext run, PlannedStep step, int index, ExecutionLog.Block block) {
        this.run = run;
        this.step = step;
        this.index = index;
        this.block = block;
    }

    ActionRun.Outcome run() throws InterruptedException {
        int window;
        List<Target> targets;
        try {
            window = window();
            targets = DeploymentRunner.stepTargets(run, step);
        } catch (InvalidInputException e) {
            block.line(OutputCategory.ERROR, e.getMessage());
            run.state().fail(e.getMessage(), e.getMessage());
            return ActionRun.Outcome.FAILED;
        }
        if (targets.isEmpty()) {
            block.line(
                    OutputCategory.WARNING,
                    "Skipping this step: no deployment targets with the tags "
                            + String.join(", ", step.targetRoles())
                            + " are in this environment.");
            return ActionRun.Outcome.SKIPPED;
        }
        block.line(
                OutputCategory.INFO,
                "Rolling deployment: at most "
                        + window
                        + " of "
                        + targets.size()
                        + " targets at a time.");
        Semaphore slots = new Semaphore(window, true);
        List<Future<ActionRun.Outcome>> running = new ArrayList<>();
        for (Target target : targets) {
            slots.acquire();
            if (stop.get() || run.ports().task().isCancellationRequested()) {
                slots.release();
                break;
            }
            running.add(
                    run.workers()
                            .submit(
                                    () -> {
                                        try {
                                            return sequence(target);
                                        } finally {
                                            slots.release();
                                        }
                                    }));
        }
        ActionRun.Outcome outcome = ActionRun.Outcome.SKIPPED;
        for (Future<ActionRun.Outcome> f : running) {
            outcome = DeploymentRunner.worse(outcome, DeploymentRunner.get(f));
        }
        return outcome;
    }

    /** All the step's actions on one target, in order. */
    private ActionRun.Outcome sequence(Target target) throws InterruptedException {
        ActionRun.Outcome outcome = ActionRun.Outcome.SKIPPED;
        for (PlannedAction action : step.actions()) {
            Optional<String> exclusion = DeploymentRunner.exclusion(run, action);
            if (exclusion.isPresent()) {
                block.line(
                        OutputCategory.INFO,
                        "Skipping action "
                                + action.name()
                                + " on "
                                + target.name()
                                + ": "
                                + exclusion.get()
                                + ".");
                continue;
            }
            ActionRun.Outcome result;
            try {
                StepKind kind = run.ports().steps().get(action.actionType());
                Target where =
                        DeploymentRunner.runsOnTargets(action, kind)
                                ? target
                                : DeploymentRunner.targets(run, step, action, kind).get(0);
                result = new ActionRun(run, step, action, kind, where, index, target).run(block);
            } catch (InvalidInputException e) {
                block.line(OutputCategory.ERROR, e.getMessage());
                run.state().fail(e.getMessage(), e.getMessage());
                result = ActionRun.Outcome.FAILED;
            }
            outcome = DeploymentRunner.worse(outcome, result);
            if (DeploymentRunner.isFinal(result)) {
                stop.set(true);
                break;
            }
        }
        return outcome;
    }

    private int window() {
        String rendered =
                run.ports()
                        .templates()
                        .render(step.maxParallelism(), run.variablesForCondition())
                        .strip();
        try {
            int window = Integer.parseInt(rendered);
            if (window >= 1) {
                return window;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException(
                "Step "
                        + step.name()
                        + ": Octopus.Action.MaxParallelism must be a whole number of at least 1,"
                        + " not '"
                        + rendered
                        + "'.");
    }
}

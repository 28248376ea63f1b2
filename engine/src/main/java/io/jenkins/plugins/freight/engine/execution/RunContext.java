package io.jenkins.plugins.freight.engine.execution;

import io.jenkins.plugins.freight.engine.target.Target;
import io.jenkins.plugins.freight.engine.variable.SecretMasker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** Shared state of one deployment run: the plan, the ports, progress so far, masking. */
final class RunContext {

    private final ExecutionPlan plan;
    private final ExecutionPorts ports;
    private final RunState state;
    private final ExecutorService workers;

    RunContext(ExecutionPlan plan, ExecutionPorts ports, RunState state, ExecutorService workers) {
        this.plan = plan;
        this.ports = ports;
        this.state = state;
        this.workers = workers;
    }

    ExecutionPlan plan() {
        return plan;
    }

    ExecutionPorts ports() {
        return ports;
    }

    RunState state() {
        return state;
    }

    ExecutorService workers() {
        return workers;
    }

    void save() {
        ports.task().saveCheckpoint(state.toJson());
    }

    UnaryOperator<String> masker() {
        Set<String> secrets = new HashSet<>(plan.sensitiveValues());
        secrets.addAll(state.sensitiveOutputs());
        return SecretMasker.of(secrets)::mask;
    }

    String mask(String text) {
        return masker().apply(text == null ? "" : text);
    }

    /**
     * The variables an action sees on a target: the deployment's variables, output variables of
     * earlier actions, step statuses, the error so far, and the action's system variables; values
     * that are templates are evaluated against the whole dictionary.
     */
    Map<String, String> variablesFor(PlannedStep step, PlannedAction action, Target target) {
        Map<String, String> vars =
                new LinkedHashMap<>(plan.scoped().forAction(step, action, target));
        vars.putAll(state.outputs());
        state.stepStatuses()
                .forEach((name, code) -> vars.put("Octopus.Step[" + name + "].Status.Code", code));
        if (state.error() != null) {
            vars.put("Octopus.Deployment.Error", state.error());
            vars.put(
                    "Octopus.Deployment.ErrorDetail",
                    state.errorDetail() == null ? "" : state.errorDetail());
        }
        vars.put("Octopus.Step.Name", step.name());
        vars.put("Octopus.Action.Name", action.name());
        vars.put("Octopus.Action.Id", action.id());
        vars.put("Octopus.Action.TargetRoles", String.join(",", step.targetRoles()));
        vars.put("Octopus.Machine.Name", target.name());
        vars.put("Octopus.Machine.Id", target.id());
        if (target instanceof WorkerTarget worker) {
            vars.put("Octopus.WorkerPool.Id", worker.poolId());
            vars.put("Octopus.WorkerPool.Name", worker.poolName());
        }
        Map<String, String> evaluated = new LinkedHashMap<>(vars);
        for (Map.Entry<String, String> e : vars.entrySet()) {
            String value = e.getValue();
            if (value != null && value.contains("#{")) {
                evaluated.put(e.getKey(), ports.templates().render(value, vars));
            }
        }
        return evaluated;
    }

    /** Variables for deciding a step's run condition (no action or target yet). */
    Map<String, String> variablesForCondition() {
        Map<String, String> vars = new LinkedHashMap<>(plan.variables());
        vars.putAll(state.outputs());
        state.stepStatuses()
                .forEach((name, code) -> vars.put("Octopus.Step[" + name + "].Status.Code", code));
        if (state.error() != null) {
            vars.put("Octopus.Deployment.Error", state.error());
            vars.put(
                    "Octopus.Deployment.ErrorDetail",
                    state.errorDetail() == null ? "" : state.errorDetail());
        }
        return vars;
    }

    void deleteScratch(ActionStepContext context) {
        Path dir;
        try {
            dir = context.scratchDirectory();
        } catch (RuntimeException e) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: scratch files live under the engine's data directory
        }
    }
}

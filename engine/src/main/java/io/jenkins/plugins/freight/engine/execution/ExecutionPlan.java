package io.jenkins.plugins.freight.engine.execution;

import io.jenkins.plugins.freight.engine.target.Target;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a deployment run needs, already loaded: the process steps, where they may run, and the
 * deployment-level variables (system variables, project and library variables resolved for the
 * environment, prompted values).
 *
 * @param skipActionIds actions the person deploying chose to skip (required actions still run)
 * @param guidedFailure whether failures ask a person (Fail/Retry/Ignore/Exclude) instead of failing
 * @param runOnServer whether actions may run on the engine's own host
 * @param scoped the variables as one action on one target sees them (values scoped to the step,
 *     target or target tag resolved); by default {@code variables} for every action
 * @param serverWorkers where actions that run on the server run (worker pools, else the engine's
 *     own host); by default the engine's own host only
 */
public record ExecutionPlan(
        String deploymentId,
        String environmentId,
        String channelId,
        List<PlannedStep> steps,
        List<TargetBinding> targets,
        Map<String, String> variables,
        Set<String> sensitiveValues,
        Set<String> skipActionIds,
        boolean guidedFailure,
        boolean runOnServer,
        ScopedVariables scoped,
        ServerWorkers serverWorkers) {

    /** The variables of one action on one target, before output variables and step statuses. */
    @FunctionalInterface
    public interface ScopedVariables {
        Map<String, String> forAction(PlannedStep step, PlannedAction action, Target target);
    }

    public ExecutionPlan {
        steps = List.copyOf(steps);
        targets = List.copyOf(targets);
        variables = Map.copyOf(variables);
        sensitiveValues = Set.copyOf(sensitiveValues);
        skipActionIds = Set.copyOf(skipActionIds);
        if (scoped == null) {
            Map<String, String> same = variables;
            scoped = (step, action, target) -> same;
        }
        if (serverWorkers == null) {
            serverWorkers = ServerWorkers.builtInOnly();
        }
    }

    /** A plan whose server actions run on the engine's own host (no worker pools). */
    public ExecutionPlan(
            String deploymentId,
            String environmentId,
            String channelId,
            List<PlannedStep> steps,
            List<TargetBinding> targets,
            Map<String, String> variables,
            Set<String> sensitiveValues,
            Set<String> skipActionIds,
            boolean guidedFailure,
            boolean runOnServer,
            ScopedVariables scoped) {
        this(
                deploymentId,
                environmentId,
                channelId,
                steps,
                targets,
                variables,
                sensitiveValues,
                skipActionIds,
                guidedFailure,
                runOnServer,
                scoped,
                null);
    }

    /** A plan whose actions all see the same {@code variables}. */
    public ExecutionPlan(
            String deploymentId,
            String environmentId,
            String channelId,
            List<PlannedStep> steps,
            List<TargetBinding> targets,
            Map<String, String> variables,
            Set<String> sensitiveValues,
            Set<String> skipActionIds,
            boolean guidedFailure,
            boolean runOnServer) {
        this(
                deploymentId,
                environmentId,
                channelId,
                steps,
                targets,
                variables,
                sensitiveValues,
                skipActionIds,
                guidedFailure,
                runOnServer,
                null,
                null);
    }

    @Override
    public String toString() {
        return "ExecutionPlan[" + deploymentId + ", " + steps.size() + " steps]";
    }
}

package io.jenkins.plugins.freight.engine.execution;

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
        boolean runOnServer) {

    public ExecutionPlan {
        steps = List.copyOf(steps);
        targets = List.copyOf(targets);
        variables = Map.copyOf(variables);
        sensitiveValues = Set.copyOf(sensitiveValues);
        skipActionIds = Set.copyOf(skipActionIds);
    }

    @Override
    public String toString() {
        return "ExecutionPlan[" + deploymentId + ", " + steps.size() + " steps]";
    }
}

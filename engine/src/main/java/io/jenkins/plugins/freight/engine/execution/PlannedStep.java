package io.jenkins.plugins.freight.engine.execution;

import java.util.List;

/**
 * One step of the process.
 *
 * @param conditionExpression the template evaluated when the condition is {@link
 *     RunCondition#VARIABLE}
 * @param startWithPrevious runs in parallel with the previous step ({@code StartWithPrevious})
 * @param targetRoles the target tags whose machines the step's actions run on
 * @param maxParallelism the rolling window ({@code Octopus.Action.MaxParallelism}, may be a
 *     template): at most that many targets at a time, each running all of the step's actions in
 *     order before the next target starts; empty for every target at once, action by action
 */
public record PlannedStep(
        String name,
        RunCondition condition,
        String conditionExpression,
        boolean startWithPrevious,
        List<String> targetRoles,
        List<PlannedAction> actions,
        String maxParallelism) {

    public PlannedStep {
        condition = condition == null ? RunCondition.SUCCESS : condition;
        conditionExpression = conditionExpression == null ? "" : conditionExpression;
        targetRoles = List.copyOf(targetRoles);
        actions = List.copyOf(actions);
        maxParallelism = maxParallelism == null ? "" : maxParallelism.strip();
    }

    /** A step that runs on all its targets at once. */
    public PlannedStep(
            String name,
            RunCondition condition,
            String conditionExpression,
            boolean startWithPrevious,
            List<String> targetRoles,
            List<PlannedAction> actions) {
        this(name, condition, conditionExpression, startWithPrevious, targetRoles, actions, "");
    }

    /** A step with one action of the same name, run after the previous one on success. */
    public static PlannedStep of(PlannedAction action, String... targetRoles) {
        return new PlannedStep(
                action.name(),
                RunCondition.SUCCESS,
                "",
                false,
                List.of(targetRoles),
                List.of(action));
    }

    public PlannedStep withCondition(RunCondition value, String expression) {
        return new PlannedStep(
                name, value, expression, startWithPrevious, targetRoles, actions, maxParallelism);
    }

    public PlannedStep withStartWithPrevious(boolean value) {
        return new PlannedStep(
                name, condition, conditionExpression, value, targetRoles, actions, maxParallelism);
    }

    /** A rolling step: at most {@code window} targets at a time (a number or a template). */
    public PlannedStep withMaxParallelism(String window) {
        return new PlannedStep(
                name,
                condition,
                conditionExpression,
                startWithPrevious,
                targetRoles,
                actions,
                window);
    }

    public boolean isRolling() {
        return !maxParallelism.isEmpty();
    }
}

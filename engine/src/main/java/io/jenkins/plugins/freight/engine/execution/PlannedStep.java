package io.jenkins.plugins.freight.engine.execution;

import java.util.List;

/**
 * One step of the process.
 *
 * @param conditionExpression the template evaluated when the condition is {@link
 *     RunCondition#VARIABLE}
 * @param startWithPrevious runs in parallel with the previous step ({@code StartWithPrevious})
 * @param targetRoles the target tags whose machines the step's actions run on
 */
public record PlannedStep(
        String name,
        RunCondition condition,
        String conditionExpression,
        boolean startWithPrevious,
        List<String> targetRoles,
        List<PlannedAction> actions) {

    public PlannedStep {
        condition = condition == null ? RunCondition.SUCCESS : condition;
        conditionExpression = conditionExpression == null ? "" : conditionExpression;
        targetRoles = List.copyOf(targetRoles);
        actions = List.copyOf(actions);
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
        return new PlannedStep(name, value, expression, startWithPrevious, targetRoles, actions);
    }

    public PlannedStep withStartWithPrevious(boolean value) {
        return new PlannedStep(name, condition, conditionExpression, value, targetRoles, actions);
    }
}

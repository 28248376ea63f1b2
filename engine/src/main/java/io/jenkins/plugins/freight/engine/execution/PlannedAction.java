package io.jenkins.plugins.freight.engine.execution;

import io.jenkins.plugins.freight.engine.step.PackageSelection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One action of a step as the execution runs it: the frozen process action plus the package version
 * the release selected for it.
 */
public record PlannedAction(
        String id,
        String name,
        String actionType,
        boolean disabled,
        boolean required,
        List<String> environmentIds,
        List<String> excludedEnvironmentIds,
        List<String> channelIds,
        Map<String, String> properties,
        Optional<PackageSelection> primaryPackage) {

    public PlannedAction {
        environmentIds = List.copyOf(environmentIds);
        excludedEnvironmentIds = List.copyOf(excludedEnvironmentIds);
        channelIds = List.copyOf(channelIds);
        properties = Map.copyOf(properties);
    }

    /** An enabled action that runs in every environment and channel. */
    public static PlannedAction of(String name, String actionType, Map<String, String> properties) {
        return new PlannedAction(
                name,
                name,
                actionType,
                false,
                false,
                List.of(),
                List.of(),
                List.of(),
                properties,
                Optional.empty());
    }

    public PlannedAction withEnvironments(List<String> only, List<String> skip) {
        return new PlannedAction(
                id,
                name,
                actionType,
                disabled,
                required,
                only,
                skip,
                channelIds,
                properties,
                primaryPackage);
    }

    public PlannedAction withRequired(boolean value) {
        return new PlannedAction(
                id,
                name,
                actionType,
                disabled,
                value,
                environmentIds,
                excludedEnvironmentIds,
                channelIds,
                properties,
                primaryPackage);
    }

    public PlannedAction withDisabled(boolean value) {
        return new PlannedAction(
                id,
                name,
                actionType,
                value,
                required,
                environmentIds,
                excludedEnvironmentIds,
                channelIds,
                properties,
                primaryPackage);
    }

    public PlannedAction withPackage(PackageSelection value) {
        return new PlannedAction(
                id,
                name,
                actionType,
                disabled,
                required,
                environmentIds,
                excludedEnvironmentIds,
                channelIds,
                properties,
                Optional.of(value));
    }

    /**
     * The action property holding its run condition (Octopus's child-step {@code Condition =
     * Variable}); the plan keeps it only on actions with that condition.
     */
    public static final String CONDITION_EXPRESSION = "Octopus.Action.ConditionVariableExpression";

    /** The expression that decides, per target, whether the action runs; empty: it always does. */
    public Optional<String> conditionExpression() {
        String value = properties.get(CONDITION_EXPRESSION);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /** An action that runs only where the expression is truthy. */
    public PlannedAction withConditionExpression(String expression) {
        Map<String, String> props = new java.util.HashMap<>(properties);
        props.put(CONDITION_EXPRESSION, expression);
        return new PlannedAction(
                id,
                name,
                actionType,
                disabled,
                required,
                environmentIds,
                excludedEnvironmentIds,
                channelIds,
                props,
                primaryPackage);
    }

    /** Why the action does not run in this environment and channel, or empty when it does. */
    Optional<String> exclusion(String environmentId, String channelId) {
        if (disabled) {
            return Optional.of("it is disabled");
        }
        if (!environmentIds.isEmpty() && !environmentIds.contains(environmentId)) {
            return Optional.of("it does not run in this environment");
        }
        if (excludedEnvironmentIds.contains(environmentId)) {
            return Optional.of("it is skipped in this environment");
        }
        if (!channelIds.isEmpty() && channelId != null && !channelIds.contains(channelId)) {
            return Optional.of("it does not run in this channel");
        }
        return Optional.empty();
    }
}

package io.jenkins.plugins.freight.engine.process;

import io.jenkins.plugins.freight.engine.space.Documents;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One step of a deployment process (Octopus {@code DeploymentStep}).
 *
 * @param id assigned by the engine when blank; stays the same across edits
 * @param name required; unique within the process (case-insensitive)
 * @param condition when the step runs
 * @param startTrigger after the previous step, or in parallel with it
 * @param properties e.g. {@code Octopus.Action.TargetRoles}, {@code Octopus.Action.MaxParallelism}
 * @param actions at least one; more than one means child steps
 */
public record DeploymentStep(
        String id,
        String name,
        StepCondition condition,
        StartTrigger startTrigger,
        PackageRequirement packageRequirement,
        Map<String, String> properties,
        List<DeploymentAction> actions) {

    /** The step property naming the target tags (roles) it runs on, comma-separated. */
    public static final String TARGET_ROLES = "Octopus.Action.TargetRoles";

    /** The step property holding the run condition's expression when the condition is VARIABLE. */
    public static final String CONDITION_EXPRESSION = "Octopus.Step.ConditionVariableExpression";

    /**
     * The step property holding the rolling window: at most that many targets at a time (a whole
     * number of at least 1, or a template); absent for all targets at once.
     */
    public static final String MAX_PARALLELISM = "Octopus.Action.MaxParallelism";

    public DeploymentStep {
        condition = condition == null ? StepCondition.SUCCESS : condition;
        startTrigger = startTrigger == null ? StartTrigger.START_AFTER_PREVIOUS : startTrigger;
        packageRequirement =
                packageRequirement == null
                        ? PackageRequirement.LET_OCTOPUS_DECIDE
                        : packageRequirement;
        properties = Documents.orderedCopy(properties);
        actions = Documents.listCopy(actions);
    }

    /** A step with one action, named like it, run after the previous step on success. */
    public static DeploymentStep of(DeploymentAction action) {
        return of(action.name(), Map.of(), action);
    }

    /** A step with step properties (e.g. target roles) and its actions. */
    public static DeploymentStep of(
            String name, Map<String, String> properties, DeploymentAction... actions) {
        return new DeploymentStep(
                null,
                name,
                StepCondition.SUCCESS,
                StartTrigger.START_AFTER_PREVIOUS,
                PackageRequirement.LET_OCTOPUS_DECIDE,
                properties,
                List.of(actions));
    }

    public DeploymentStep withId(String value) {
        return new DeploymentStep(
                value, name, condition, startTrigger, packageRequirement, properties, actions);
    }

    public DeploymentStep withName(String value) {
        return new DeploymentStep(
                id, value, condition, startTrigger, packageRequirement, properties, actions);
    }

    public DeploymentStep withCondition(StepCondition value) {
        return new DeploymentStep(
                id, name, value, startTrigger, packageRequirement, properties, actions);
    }

    public DeploymentStep withStartTrigger(StartTrigger value) {
        return new DeploymentStep(
                id, name, condition, value, packageRequirement, properties, actions);
    }

    public DeploymentStep withPackageRequirement(PackageRequirement value) {
        return new DeploymentStep(id, name, condition, startTrigger, value, properties, actions);
    }

    public DeploymentStep withProperties(Map<String, String> value) {
        return new DeploymentStep(
                id, name, condition, startTrigger, packageRequirement, value, actions);
    }

    public DeploymentStep withActions(List<DeploymentAction> value) {
        return new DeploymentStep(
                id, name, condition, startTrigger, packageRequirement, properties, value);
    }

    /** The target tags (roles) the step runs on, from {@code Octopus.Action.TargetRoles}. */
    public List<String> targetRoles() {
        String roles = properties.getOrDefault(TARGET_ROLES, "");
        return Arrays.stream(roles.split(","))
                .map(String::strip)
                .filter(r -> !r.isEmpty())
                .toList();
    }
}

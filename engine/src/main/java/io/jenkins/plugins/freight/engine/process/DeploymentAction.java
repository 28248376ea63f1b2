package io.jenkins.plugins.freight.engine.process;

import io.jenkins.plugins.freight.engine.space.Documents;
import java.util.List;
import java.util.Map;

/**
 * What a step does (Octopus {@code DeploymentAction}): an action type with its properties and
 * packages, and where it runs (environments, channels, tenant tags).
 *
 * @param id assigned by the engine when blank; stays the same across edits
 * @param name required; unique within the process (case-insensitive)
 * @param actionType e.g. {@code Octopus.Script}, {@code Octopus.TentaclePackage}, {@code
 *     Octopus.Manual}, {@code Octopus.Email}
 * @param isDisabled a disabled action is skipped
 * @param isRequired a required action cannot be skipped when deploying
 * @param environments run only in these environment ids (empty: all)
 * @param excludedEnvironments never run in these environment ids
 * @param channels run only for releases in these channel ids (empty: all)
 * @param tenantTags run only for tenants with these tags ({@code TagSet/Tag}; empty: all)
 * @param packages the packages it uses
 * @param properties the action type's settings, e.g. {@code Octopus.Action.Script.ScriptBody}
 * @param container the container image the action runs in, or null
 */
public record DeploymentAction(
        String id,
        String name,
        String actionType,
        boolean isDisabled,
        boolean isRequired,
        List<String> environments,
        List<String> excludedEnvironments,
        List<String> channels,
        List<String> tenantTags,
        List<PackageReference> packages,
        Map<String, String> properties,
        String notes,
        ActionCondition condition,
        String workerPoolId,
        String workerPoolVariable,
        ActionContainer container,
        boolean canBeUsedForProjectVersioning) {

    /** The property that makes an action run on the engine's own host. */
    public static final String RUN_ON_SERVER = "Octopus.Action.RunOnServer";

    /**
     * The property some clients keep the action's worker pool in, instead of {@code WorkerPoolId};
     * the field wins when both are set.
     */
    public static final String WORKER_POOL_PROPERTY = "Octopus.Action.WorkerPoolId";

    public DeploymentAction {
        environments = Documents.listCopy(environments);
        excludedEnvironments = Documents.listCopy(excludedEnvironments);
        channels = Documents.listCopy(channels);
        tenantTags = Documents.listCopy(tenantTags);
        packages = Documents.listCopy(packages);
        properties = Documents.orderedCopy(properties);
        notes = notes == null ? "" : notes;
        condition = condition == null ? ActionCondition.SUCCESS : condition;
    }

    /** A new enabled action of a type with properties (no packages, runs everywhere). */
    public static DeploymentAction of(
            String name, String actionType, Map<String, String> properties) {
        return new DeploymentAction(
                null,
                name,
                actionType,
                false,
                false,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                properties,
                "",
                ActionCondition.SUCCESS,
                null,
                null,
                null,
                false);
    }

    public DeploymentAction withId(String value) {
        return new DeploymentAction(
                value,
                name,
                actionType,
                isDisabled,
                isRequired,
                environments,
                excludedEnvironments,
                channels,
                tenantTags,
                packages,
                properties,
                notes,
                condition,
                workerPoolId,
                workerPoolVariable,
                container,
                canBeUsedForProjectVersioning);
    }

    public DeploymentAction withName(String value) {
        return new DeploymentAction(
                id,
                value,
                actionType,
                isDisabled,
                isRequired,
                environments,
                excludedEnvironments,
                channels,
                tenantTags,
                packages,
                properties,
                notes,
                condition,
                workerPoolId,
                workerPoolVariable,
                container,
                canBeUsedForProjectVersioning);
    }

    public DeploymentAction withIsDisabled(boolean value) {
        return new DeploymentAction(
                id,
                name,
                actionType,
                value,
                isRequired,
                environments,
                excludedEnvironments,
                channels,
                tenantTags,
                packages,
                properties,
                notes,
                condition,
                workerPoolId,
                workerPoolVariable,
                container,
                canBeUsedForProjectVersioning);
    }

    public DeploymentAction withIsRequired(boolean value) {
        return new DeploymentAction(
                id,
                name,
                actionType,
                isDisabled,
                value,
                environments,
                excludedEnvironments,
                channels,
                tenantTags,
                packages,
                properties,
                notes,
                condition,
                workerPoolId,
                workerPoolVariable,
                container,
                canBeUsedForProjectVersioning);
    }

    public DeploymentAction withEnvironments(List<String> value) {
        return new DeploymentAction(
                id,
                name,
                actionType,
                isDisabled,
                isRequired,
                value,
                excludedEnvironments,
                channels,
                tenantTags,
                packages,
                properties,
                notes,
                condition,
                workerPoolId,
                workerPoolVariable,
                container,
                canBeUsedForProjectVersioning);
    }

    public DeploymentAction withExcludedEnvironments(List<String> value) {
        return new DeploymentAction(
                id,
                name,
                actionType,
                isDisabled,
                isRequired,
                environments,
                value,
                channels,
                tenantTags,
                packages,
                properties,
                notes,
                condition,
                workerPoolId,
                workerPoolVariable,
                container,
                canBeUsedForProjectVersioning);
    }

    public DeploymentAction withChannels(List<String> value) {
        return new DeploymentAction(
                id,
                name,
                actionType,
                isDisabled,
                isRequired,
                environments,
                excludedEnvironments,
                value,
                tenantTags,
                packages,
                properties,
                notes,
                condition,
                workerPoolId,
                workerPoolVariable,
                container,
                canBeUsedForProjectVersioning);
    }

    public DeploymentAction withTenantTags(List<String> value) {
        return new DeploymentAction(
                id,
                name,
                actionType,
                isDisabled,
                isRequired,
                environments,
                excludedEnvironments,
                channels,
                value,
                packages,
                properties,
                notes,
                condition,
                workerPoolId,
                workerPoolVariable,
                container,
                canBeUsedForProjectVersioning);
    }

    public DeploymentAction withPackages(List<PackageReference> value) {
        return new DeploymentAction(
                id,
                name,
                actionType,
                isDisabled,
                isRequired,
                environments,
                excludedEnvironments,
                channels,
                tenantTags,
                value,
                properties,
                notes,
                condition,
                workerPoolId,
                workerPoolVariable,
                container,
                canBeUsedForProjectVersioning);
    }

    public DeploymentAction withProperties(Map<String, String> value) {
        return new DeploymentAction(
                id,
                name,
                actionType,
                isDisabled,
                isRequired,
                environments,
                excludedEnvironments,
                channels,
                tenantTags,
                packages,
                value,
                notes,
                condition,
                workerPoolId,
                workerPoolVariable,
                container,
                canBeUsedForProjectVersioning);
    }

    public DeploymentAction withCondition(ActionCondition value) {
        return new DeploymentAction(
                id,
                name,
                actionType,
                isDisabled,
                isRequired,
                environments,
                excludedEnvironments,
                channels,
                tenantTags,
                packages,
                properties,
                notes,
                value,
                workerPoolId,
                workerPoolVariable,
                container,
                canBeUsedForProjectVersioning);
    }

    /** An action that runs on a worker of this pool (when it runs on the server). */
    public DeploymentAction withWorkerPoolId(String value) {
        return new DeploymentAction(
                id,
                name,
                actionType,
                isDisabled,
                isRequired,
                environments,
                excludedEnvironments,
                channels,
                tenantTags,
                packages,
                properties,
                notes,
                condition,
                value,
                workerPoolVariable,
                container,
                canBeUsedForProjectVersioning);
    }

    /** An action whose worker pool is the value of this variable (a pool's id, slug or name). */
    public DeploymentAction withWorkerPoolVariable(String value) {
        return new DeploymentAction(
                id,
                name,
                actionType,
                isDisabled,
                isRequired,
                environments,
                excludedEnvironments,
                channels,
                tenantTags,
                packages,
                properties,
                notes,
                condition,
                workerPoolId,
                value,
                container,
                canBeUsedForProjectVersioning);
    }

    /** The primary package (blank name), or null. */
    public PackageReference primaryPackage() {
        return packages.stream().filter(PackageReference::isPrimary).findFirst().orElse(null);
    }

    /** The package reference with this name ({@code ""}: primary), or null. */
    public PackageReference packageNamed(String referenceName) {
        String wanted = referenceName == null ? "" : referenceName;
        return packages.stream()
                .filter(p -> p.name().equalsIgnoreCase(wanted))
                .findFirst()
                .orElse(null);
    }

    /** Whether the action runs in this environment (its only/skip lists allow it). */
    public boolean runsInEnvironment(String environmentId) {
        return (environments.isEmpty() || environments.contains(environmentId))
                && !excludedEnvironments.contains(environmentId);
    }

    /** Whether the action runs for a release in this channel. */
    public boolean runsInChannel(String channelId) {
        return channels.isEmpty() || channels.contains(channelId);
    }

    /** A property, or {@code fallback} when absent. */
    public String property(String key, String fallback) {
        return properties.getOrDefault(key, fallback);
    }

    /** Whether the action runs on the engine's own host instead of on targets. */
    public boolean runsOnServer() {
        return Boolean.parseBoolean(properties.getOrDefault(RUN_ON_SERVER, "false"));
    }
}

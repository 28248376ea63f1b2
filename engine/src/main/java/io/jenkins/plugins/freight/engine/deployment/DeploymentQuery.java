package io.jenkins.plugins.freight.engine.deployment;

import io.jenkins.plugins.freight.engine.task.TaskState;
import java.util.List;
import java.util.Set;

/**
 * Which deployments to list (Octopus's {@code /deployments} filters); empty lists mean any. Results
 * are newest first.
 *
 * @param ids only these deployments
 * @param projectIds only deployments of these projects
 * @param environmentIds only deployments to these environments
 * @param tenantIds only deployments for these tenants
 * @param channelIds only deployments of releases in these channels
 * @param taskStates only deployments whose task is in one of these states
 * @param skip how many to skip
 * @param take page size
 */
public record DeploymentQuery(
        List<String> ids,
        List<String> projectIds,
        List<String> environmentIds,
        List<String> tenantIds,
        List<String> channelIds,
        Set<TaskState> taskStates,
        int skip,
        int take) {

    public static final int DEFAULT_TAKE = 30;

    public DeploymentQuery {
        ids = ids == null ? List.of() : List.copyOf(ids);
        projectIds = projectIds == null ? List.of() : List.copyOf(projectIds);
        environmentIds = environmentIds == null ? List.of() : List.copyOf(environmentIds);
        tenantIds = tenantIds == null ? List.of() : List.copyOf(tenantIds);
        channelIds = channelIds == null ? List.of() : List.copyOf(channelIds);
        taskStates = taskStates == null ? Set.of() : Set.copyOf(taskStates);
    }

    /** Every deployment, first page. */
    public static DeploymentQuery all() {
        return new DeploymentQuery(null, null, null, null, null, null, 0, DEFAULT_TAKE);
    }

    public DeploymentQuery withIds(List<String> value) {
        return new DeploymentQuery(
                value, projectIds, environmentIds, tenantIds, channelIds, taskStates, skip, take);
    }

    public DeploymentQuery withProjects(List<String> value) {
        return new DeploymentQuery(
                ids, value, environmentIds, tenantIds, channelIds, taskStates, skip, take);
    }

    public DeploymentQuery withEnvironments(List<String> value) {
        return new DeploymentQuery(
                ids, projectIds, value, tenantIds, channelIds, taskStates, skip, take);
    }

    public DeploymentQuery withTenants(List<String> value) {
        return new DeploymentQuery(
                ids, projectIds, environmentIds, value, channelIds, taskStates, skip, take);
    }

    public DeploymentQuery withChannels(List<String> value) {
        return new DeploymentQuery(
                ids, projectIds, environmentIds, tenantIds, value, taskStates, skip, take);
    }

    public DeploymentQuery withTaskStates(Set<TaskState> value) {
        return new DeploymentQuery(
                ids, projectIds, environmentIds, tenantIds, channelIds, value, skip, take);
    }

    public DeploymentQuery page(int skipValue, int takeValue) {
        return new DeploymentQuery(
                ids,
                projectIds,
                environmentIds,
                tenantIds,
                channelIds,
                taskStates,
                skipValue,
                takeValue);
    }
}

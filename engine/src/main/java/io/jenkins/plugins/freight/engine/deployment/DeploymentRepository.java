package io.jenkins.plugins.freight.engine.deployment;

import io.jenkins.plugins.freight.engine.space.Page;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Storage of deployments; their state is read from their server tasks. */
interface DeploymentRepository {

    void insert(Handle handle, Deployment deployment);

    Optional<Deployment> findById(Handle handle, String spaceId, String id);

    Optional<Deployment> findByTaskId(Handle handle, String taskId);

    /** Per environment, where the release stands for the tenant (null: untenanted). */
    Map<String, EnvironmentOutcome> outcomes(Handle handle, String releaseId, String tenantId);

    /** Every deployment of a release with its state, newest first. */
    List<DeploymentStatus> historyOfRelease(Handle handle, String releaseId);

    /**
     * Deployments of a project to an environment with their state, newest first.
     *
     * @param tenantId only this tenant's; null means every deployment (tenanted or not)
     */
    Page<DeploymentStatus> historyOfEnvironment(
            Handle handle,
            String projectId,
            String environmentId,
            String tenantId,
            int skip,
            int take);

    /**
     * The release of the newest successful deployment of the project to the environment, for the
     * tenant (null: untenanted).
     */
    Optional<String> currentReleaseId(
            Handle handle, String projectId, String environmentId, String tenantId);

    Page<Deployment> list(Handle handle, String spaceId, DeploymentQuery query);
}

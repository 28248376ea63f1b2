package io.jenkins.plugins.freight.engine.plan;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Storage of deployment plans and their items. */
public interface PlanRepository {

    void insert(Handle handle, DeploymentPlan plan);

    /**
     * Rewrites the plan and its items if it is still at {@code expectedVersion}; the stored version
     * becomes {@code plan.version()}. Returns false when someone changed it in between.
     */
    boolean update(Handle handle, DeploymentPlan plan, int expectedVersion);

    Optional<DeploymentPlan> find(Handle handle, String spaceId, String id);

    /** Locks the plan row for the rest of the transaction and returns it. */
    Optional<DeploymentPlan> lock(Handle handle, String id);

    /** Plans of a space, newest first. */
    List<DeploymentPlan> list(Handle handle, String spaceId);

    /** The plan whose item is deployed by this task. */
    Optional<String> planOfTask(Handle handle, String taskId);

    void delete(Handle handle, String id);
}

package io.jenkins.plugins.freight.engine.audit;

import io.jenkins.plugins.freight.engine.deployment.Deployment;
import io.jenkins.plugins.freight.engine.deployment.DeploymentListener;
import io.jenkins.plugins.freight.engine.deployment.DeploymentService;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.task.TaskCompletionListener;
import io.jenkins.plugins.freight.engine.task.TaskState;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Deployment events: {@code DeploymentQueued} in the transaction that creates the deployment (by
 * whoever created it), and {@code DeploymentSucceeded}, {@code DeploymentFailed} or {@code
 * DeploymentCanceled} when its task finishes (by the engine, on the node that finished it).
 */
public final class DeploymentAudit implements DeploymentListener, TaskCompletionListener {

    private final Database database;
    private final AuditLog audit;
    private final DeploymentService deployments;

    public DeploymentAudit(Database database, AuditLog audit, DeploymentService deployments) {
        this.database = database;
        this.audit = audit;
        this.deployments = deployments;
    }

    @Override
    public void created(Handle handle, Caller caller, Deployment d) {
        audit.record(handle, caller, request(d, EventCategory.DeploymentQueued, "was queued"));
    }

    @Override
    public void onCompleted(ServerTask task) {
        if (!DeploymentService.DEPLOY_TASK.equals(task.name())) {
            return;
        }
        database.useTransaction(
                h -> {
                    Optional<Deployment> deployment = deployments.findByTask(h, task.id());
                    if (deployment.isEmpty()) {
                        return;
                    }
                    EventCategory category =
                            task.state() == TaskState.SUCCESS
                                    ? EventCategory.DeploymentSucceeded
                                    : task.state() == TaskState.CANCELED
                                            ? EventCategory.DeploymentCanceled
                                            : EventCategory.DeploymentFailed;
                    String outcome =
                            switch (category) {
                                case DeploymentSucceeded -> "succeeded";
                                case DeploymentCanceled -> "was canceled";
                                default -> "failed (" + task.state().wireName() + ")";
                            };
                    audit.record(h, Caller.system(), request(deployment.get(), category, outcome));
                });
    }

    private static EventRequest request(Deployment d, EventCategory category, String what) {
        return new EventRequest(
                d.spaceId(),
                category,
                "Deployment " + d.name() + " " + what,
                List.of(d.id(), d.releaseId(), d.taskId()),
                d.projectId(),
                d.environmentId(),
                d.tenantId(),
                null,
                null);
    }
}

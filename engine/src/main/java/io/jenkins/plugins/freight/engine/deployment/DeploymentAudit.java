package io.jenkins.plugins.freight.engine.deployment;

import io.jenkins.plugins.freight.engine.audit.AuditLog;
import io.jenkins.plugins.freight.engine.audit.EventCategory;
import io.jenkins.plugins.freight.engine.audit.EventRequest;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.task.ResumeReason;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.task.TaskActivityListener;
import io.jenkins.plugins.freight.engine.task.TaskCompletionListener;
import io.jenkins.plugins.freight.engine.task.TaskState;
import io.jenkins.plugins.freight.engine.task.interruption.Interruption;
import io.jenkins.plugins.freight.engine.task.interruption.InterruptionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Deployment events, each in the transaction of what it records: {@code DeploymentQueued} (by
 * whoever created the deployment), {@code DeploymentStarted} or {@code DeploymentResumed} when a
 * node starts its task, {@code ManualInterventionInterruptionRaised} / {@code
 * GuidedFailureInterruptionRaised} when it waits for a person and {@code …Submitted} (by that
 * person) when answered, {@code TaskCanceled} (by whoever canceled it), and {@code
 * DeploymentSucceeded}, {@code DeploymentFailed} or {@code DeploymentCanceled} when its task ends
 * (by the engine, on the node that finished it).
 */
public final class DeploymentAudit
        implements DeploymentListener, TaskCompletionListener, TaskActivityListener {

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
        audit.record(
                handle, caller, request(d, EventCategory.DeploymentQueued, "was queued", null));
    }

    @Override
    public void started(Handle handle, ServerTask task, ResumeReason reason) {
        deploymentOf(handle, task.name(), task.id())
                .ifPresent(
                        d -> {
                            boolean first = reason == ResumeReason.FIRST_RUN;
                            audit.record(
                                    handle,
                                    Caller.system(),
                                    request(
                                            d,
                                            first
                                                    ? EventCategory.DeploymentStarted
                                                    : EventCategory.DeploymentResumed,
                                            first
                                                    ? "started"
                                                    : reason == ResumeReason.NODE_LOST
                                                            ? "resumed after its node was lost"
                                                            : "resumed",
                                            null));
                        });
    }

    @Override
    public void interruptionRaised(Handle handle, ServerTask task, Interruption interruption) {
        deploymentOf(handle, task.name(), task.id())
                .ifPresent(
                        d ->
                                audit.record(
                                        handle,
                                        Caller.system(),
                                        request(
                                                d,
                                                interruption.type()
                                                                == InterruptionType
                                                                        .ManualIntervention
                                                        ? EventCategory
                                                                .ManualInterventionInterruptionRaised
                                                        : EventCategory
                                                                .GuidedFailureInterruptionRaised,
                                                "waits for a person: " + interruption.title(),
                                                interruption.id())));
    }

    @Override
    public void interruptionSubmitted(Handle handle, Interruption interruption, Caller caller) {
        deployments
                .findByTask(handle, interruption.taskId())
                .ifPresent(
                        d ->
                                audit.record(
                                        handle,
                                        caller,
                                        request(
                                                d,
                                                interruption.type()
                                                                == InterruptionType
                                                                        .ManualIntervention
                                                        ? EventCategory
                                                                .ManualInterventionInterruptionSubmitted
                                                        : EventCategory
                                                                .GuidedFailureInterruptionSubmitted,
                                                "'"
                                                        + interruption.title()
                                                        + "' was answered"
                                                        + interruption
                                                                .result()
                                                                .map(r -> ": " + r)
                                                                .orElse(""),
                                                interruption.id())));
    }

    @Override
    public void cancelRequested(Handle handle, ServerTask task, Caller caller) {
        deploymentOf(handle, task.name(), task.id())
                .ifPresent(
                        d ->
                                audit.record(
                                        handle,
                                        caller,
                                        request(
                                                d,
                                                EventCategory.TaskCanceled,
                                                "was canceled by " + caller.username(),
                                                null)));
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
                    audit.record(
                            h, Caller.system(), request(deployment.get(), category, outcome, null));
                });
    }

    private Optional<Deployment> deploymentOf(Handle handle, String taskName, String taskId) {
        return DeploymentService.DEPLOY_TASK.equals(taskName)
                ? deployments.findByTask(handle, taskId)
                : Optional.empty();
    }

    private static EventRequest request(
            Deployment d, EventCategory category, String what, String interruptionId) {
        List<String> related = new ArrayList<>(List.of(d.id(), d.releaseId(), d.taskId()));
        if (interruptionId != null) {
            related.add(interruptionId);
        }
        return new EventRequest(
                d.spaceId(),
                category,
                "Deployment " + d.name() + " " + what,
                related,
                d.projectId(),
                d.environmentId(),
                d.tenantId(),
                null,
                null);
    }
}

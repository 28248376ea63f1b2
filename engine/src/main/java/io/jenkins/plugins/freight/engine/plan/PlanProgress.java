package io.jenkins.plugins.freight.engine.plan;

import io.jenkins.plugins.freight.engine.audit.AuditLog;
import io.jenkins.plugins.freight.engine.audit.EventCategory;
import io.jenkins.plugins.freight.engine.audit.EventRequest;
import io.jenkins.plugins.freight.engine.deployment.CreateDeploymentRequest;
import io.jenkins.plugins.freight.engine.deployment.Deployment;
import io.jenkins.plugins.freight.engine.deployment.DeploymentService;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.FreightException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.task.TaskService;
import io.jenkins.plugins.freight.engine.task.TaskState;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * How an executing plan moves on: finished tasks are applied to their items, the next pending item
 * is deployed, and the plan ends when an item fails or none is left. Idempotent, so the completion
 * listener and readers of the plan can both call it.
 */
final class PlanProgress {

    private final Database database;
    private final Clock clock;
    private final AuditLog audit;
    private final DeploymentService deployments;
    private final TaskService tasks;
    private final PlanRepository plans = new JdbcPlanRepository();

    PlanProgress(
            Database database,
            Clock clock,
            AuditLog audit,
            DeploymentService deployments,
            TaskService tasks) {
        this.database = database;
        this.clock = clock;
        this.audit = audit;
        this.deployments = deployments;
        this.tasks = tasks;
    }

    /** Applies finished tasks to the items and starts the next item; idempotent. */
    DeploymentPlan reconcile(String spaceId, String id) {
        return database.inTransaction(
                h -> {
                    DeploymentPlan plan =
                            plans.lock(h, id)
                                    .orElseThrow(() -> NotFoundException.of("Deployment plan", id));
                    DeploymentPlan next = advance(h, plan);
                    if (next != plan) {
                        store(h, next, plan.version());
                        if (next.state().isTerminal() && !plan.state().isTerminal()) {
                            audit.record(
                                    h,
                                    Caller.system(),
                                    new EventRequest(
                                            spaceId,
                                            EventCategory.DeploymentPlanFinished,
                                            "Deployment plan "
                                                    + next.name()
                                                    + " "
                                                    + next.state().name().toLowerCase(),
                                            List.of(next.id()),
                                            null,
                                            next.environmentId(),
                                            null,
                                            null,
                                            null));
                        }
                    }
                    return next;
                });
    }

    private DeploymentPlan advance(Handle h, DeploymentPlan plan) {
        List<PlanItem> items = new ArrayList<>(plan.items());
        boolean changed = false;
        boolean failed = false;
        for (int i = 0; i < items.size(); i++) {
            PlanItem item = items.get(i);
            if (item.state() != PlanItemState.DEPLOYING) {
                failed |=
                        item.state() == PlanItemState.FAILED
                                || item.state() == PlanItemState.CANCELED;
                continue;
            }
            ServerTask task = tasks.get(Caller.system(), item.taskId());
            if (!task.isCompleted()) {
                continue;
            }
            PlanItemState state =
                    task.state() == TaskState.SUCCESS
                            ? PlanItemState.SUCCEEDED
                            : task.state() == TaskState.CANCELED
                                    ? PlanItemState.CANCELED
                                    : PlanItemState.FAILED;
            items.set(
                    i,
                    with(
                            item,
                            state,
                            state.isSuccessful()
                                    ? null
                                    : "The deployment ended " + task.state().wireName() + "."));
            failed |= !state.isSuccessful();
            changed = true;
        }
        if (!changed) {
            return plan;
        }
        DeploymentPlan updated = plan.withItems(items);
        if (plan.state() != PlanState.EXECUTING) {
            return updated;
        }
        if (failed) {
            List<PlanItem> skipped =
                    items.stream()
                            .map(
                                    i ->
                                            i.state() == PlanItemState.PENDING
                                                    ? with(
                                                            i,
                                                            PlanItemState.SKIPPED,
                                                            "Skipped: an earlier item did not succeed.")
                                                    : i)
                            .toList();
            return finish(updated.withItems(skipped), PlanState.FAILED, null);
        }
        Caller executor =
                new Caller(plan.executedById(), plan.executedBy(), Caller.Via.SESSION, null);
        return startNext(h, executor, updated);
    }

    /** Deploys the next pending item, or finishes the plan when none is left. */
    DeploymentPlan startNext(Handle h, Caller caller, DeploymentPlan plan) {
        List<PlanItem> items = new ArrayList<>(plan.items());
        for (int i = 0; i < items.size(); i++) {
            PlanItem item = items.get(i);
            if (item.state() == PlanItemState.DEPLOYING) {
                return plan;
            }
            if (item.state() != PlanItemState.PENDING) {
                continue;
            }
            String savepoint = "plan_item_" + i;
            h.savepoint(savepoint);
            try {
                Deployment d =
                        deployments
                                .create(
                                        h,
                                        caller,
                                        plan.spaceId(),
                                        CreateDeploymentRequest.release(
                                                item.releaseId(), plan.environmentId()))
                                .get(0);
                h.releaseSavepoint(savepoint);
                items.set(
                        i,
                        new PlanItem(
                                item.id(),
                                item.projectId(),
                                item.releaseId(),
                                item.notes(),
                                PlanItemState.DEPLOYING,
                                d.id(),
                                d.taskId(),
                                null));
                return plan.withItems(items);
            } catch (FreightException e) {
                // nothing of a refused deployment stays behind
                h.rollbackToSavepoint(savepoint);
                items.set(i, with(item, PlanItemState.FAILED, e.getMessage()));
                for (int j = i + 1; j < items.size(); j++) {
                    items.set(
                            j,
                            with(
                                    items.get(j),
                                    PlanItemState.SKIPPED,
                                    "Skipped: an earlier item did not succeed."));
                }
                return finish(plan.withItems(items), PlanState.FAILED, null);
            }
        }
        return finish(plan, PlanState.SUCCEEDED, null);
    }

    DeploymentPlan finish(DeploymentPlan p, PlanState state, Caller by) {
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return new DeploymentPlan(
                p.id(),
                p.spaceId(),
                p.name(),
                p.environmentId(),
                p.notes(),
                state,
                p.version(),
                p.items(),
                p.retriedFromPlanId(),
                p.createdOn(),
                p.createdBy(),
                by == null ? p.lastModifiedOn() : now,
                by == null ? p.lastModifiedBy() : by.username(),
                p.executedById(),
                p.executedBy(),
                p.executedOn(),
                now);
    }

    void store(Handle h, DeploymentPlan plan, int expectedVersion) {
        DeploymentPlan next =
                new DeploymentPlan(
                        plan.id(),
                        plan.spaceId(),
                        plan.name(),
                        plan.environmentId(),
                        plan.notes(),
                        plan.state(),
                        expectedVersion + 1,
                        plan.items(),
                        plan.retriedFromPlanId(),
                        plan.createdOn(),
                        plan.createdBy(),
                        plan.lastModifiedOn(),
                        plan.lastModifiedBy(),
                        plan.executedById(),
                        plan.executedBy(),
                        plan.executedOn(),
                        plan.finishedOn());
        if (!plans.update(h, next, expectedVersion)) {
            throw new ConflictException(
                    "Deployment plan " + plan.name() + " changed meanwhile; try again.");
        }
    }

    static PlanItem with(PlanItem i, PlanItemState state, String message) {
        return new PlanItem(
                i.id(),
                i.projectId(),
                i.releaseId(),
                i.notes(),
                state,
                i.deploymentId(),
                i.taskId(),
                message);
    }
}

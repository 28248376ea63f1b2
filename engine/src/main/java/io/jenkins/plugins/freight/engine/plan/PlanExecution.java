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
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.PermissionScope;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.task.TaskCompletionListener;
import io.jenkins.plugins.freight.engine.task.TaskService;
import io.jenkins.plugins.freight.engine.task.TaskState;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Executing a plan: only a caller allowed to deploy every item to the plan's environment may start
 * it; the items are then deployed one after the other through {@link DeploymentService}, each next
 * one when the previous deployment's task succeeded. A failure or an abort skips the rest. Progress
 * is kept per item (deployment, task, state) and also read back from the tasks, so a node that
 * missed a completion catches up when the plan is read.
 */
public final class PlanExecution implements TaskCompletionListener {

    private final Database database;
    private final AccessPolicy access;
    private final Clock clock;
    private final AuditLog audit;
    private final DeploymentService deployments;
    private final TaskService tasks;
    private final DeploymentPlanService plansService;
    private final PlanRepository plans = new JdbcPlanRepository();

    PlanExecution(
            Database database,
            AccessPolicy access,
            Clock clock,
            AuditLog audit,
            DeploymentService deployments,
            TaskService tasks,
            DeploymentPlanService plansService) {
        this.database = database;
        this.access = access;
        this.clock = clock;
        this.audit = audit;
        this.deployments = deployments;
        this.tasks = tasks;
        this.plansService = plansService;
    }

    /**
     * Starts a draft plan that is still at {@code expectedVersion}: refused unless the caller may
     * deploy every item to the environment; the first item's deployment is created at once.
     */
    public DeploymentPlan execute(Caller caller, String spaceId, String id, int expectedVersion) {
        access.require(caller, "DeploymentCreate", spaceId);
        DeploymentPlan started =
                database.inTransaction(
                        h -> {
                            plansService.find(h, spaceId, id);
                            DeploymentPlan plan = plans.lock(h, id).orElseThrow();
                            if (plan.version() != expectedVersion) {
                                throw new ConflictException(
                                        "Deployment plan "
                                                + plan.name()
                                                + " was changed by "
                                                + plan.lastModifiedBy()
                                                + " (version "
                                                + plan.version()
                                                + ", you reviewed version "
                                                + expectedVersion
                                                + "); review it again before executing it.");
                            }
                            if (plan.state() != PlanState.DRAFT) {
                                throw new ConflictException(
                                        "Deployment plan "
                                                + plan.name()
                                                + " was already executed.");
                            }
                            if (plan.items().isEmpty()) {
                                throw new ConflictException(
                                        "Deployment plan " + plan.name() + " has no items.");
                            }
                            for (PlanItem item : plan.items()) {
                                access.requireFor(h, caller, "DeploymentCreate", scope(plan, item));
                            }
                            var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
                            DeploymentPlan executing =
                                    new DeploymentPlan(
                                            plan.id(),
                                            plan.spaceId(),
                                            plan.name(),
                                            plan.environmentId(),
                                            plan.notes(),
                                            PlanState.EXECUTING,
                                            plan.version() + 1,
                                            plan.items(),
                                            plan.retriedFromPlanId(),
                                            plan.createdOn(),
                                            plan.createdBy(),
                                            now,
                                            caller.username(),
                                            caller.userId(),
                                            caller.username(),
                                            now,
                                            null);
                            executing = startNext(h, caller, executing);
                            store(h, executing, plan.version());
                            audit.record(
                                    h,
                                    caller,
                                    new EventRequest(
                                            spaceId,
                                            EventCategory.DeploymentPlanExecuted,
                                            "Deployment plan "
                                                    + plan.name()
                                                    + " was executed by "
                                                    + caller.username(),
                                            List.of(plan.id()),
                                            null,
                                            plan.environmentId(),
                                            null,
                                            null,
                                            null));
                            return executing;
                        });
        return started;
    }

    /**
     * Aborts an executing plan: the running deployment's task is canceled (the caller needs
     * TaskCancel for it), the rest skipped.
     */
    public DeploymentPlan abort(Caller caller, String spaceId, String id) {
        access.require(caller, "DeploymentCreate", spaceId);
        DeploymentPlan aborted =
                database.inTransaction(
                        h -> {
                            plansService.find(h, spaceId, id);
                            DeploymentPlan plan = plans.lock(h, id).orElseThrow();
                            if (plan.state() != PlanState.EXECUTING) {
                                throw new ConflictException(
                                        "Deployment plan " + plan.name() + " is not executing.");
                            }
                            access.requireFor(
                                    h,
                                    caller,
                                    "DeploymentCreate",
                                    PermissionScope.space(spaceId)
                                            .withEnvironment(plan.environmentId()));
                            // the running deployment's task is canceled: check before any change
                            for (PlanItem i : plan.items()) {
                                if (i.state() == PlanItemState.DEPLOYING) {
                                    access.requireFor(h, caller, "TaskCancel", scope(plan, i));
                                }
                            }
                            List<PlanItem> items = new ArrayList<>();
                            for (PlanItem i : plan.items()) {
                                items.add(
                                        i.state() == PlanItemState.PENDING
                                                ? with(
                                                        i,
                                                        PlanItemState.SKIPPED,
                                                        "Skipped: the plan was aborted by "
                                                                + caller.username()
                                                                + ".")
                                                : i);
                            }
                            DeploymentPlan next =
                                    finish(plan.withItems(items), PlanState.ABORTED, caller);
                            store(h, next, plan.version());
                            audit.record(
                                    h,
                                    caller,
                                    new EventRequest(
                                            spaceId,
                                            EventCategory.DeploymentPlanAborted,
                                            "Deployment plan "
                                                    + plan.name()
                                                    + " was aborted by "
                                                    + caller.username(),
                                            List.of(plan.id()),
                                            null,
                                            plan.environmentId(),
                                            null,
                                            null,
                                            null));
                            return next;
                        });
        aborted.items().stream()
                .filter(i -> i.state() == PlanItemState.DEPLOYING)
                .forEach(i -> tasks.cancel(caller, i.taskId()));
        return reconcile(spaceId, id);
    }

    /** The plan with its items' progress brought up to date from their tasks. */
    public DeploymentPlan progress(Caller caller, String spaceId, String id) {
        plansService.get(caller, spaceId, id);
        return reconcile(spaceId, id);
    }

    /** The task log of one item's deployment. */
    public String itemLog(Caller caller, String spaceId, String id, String itemId) {
        DeploymentPlan plan = progress(caller, spaceId, id);
        PlanItem item =
                plan.items().stream()
                        .filter(i -> i.id().equals(itemId))
                        .findFirst()
                        .orElseThrow(() -> NotFoundException.of("Plan item", itemId));
        if (item.taskId() == null) {
            return "";
        }
        return tasks.rawLog(caller, item.taskId());
    }

    @Override
    public void onCompleted(ServerTask task) {
        Optional<String> planId = database.withHandle(h -> plans.planOfTask(h, task.id()));
        planId.ifPresent(id -> reconcile(task.spaceId(), id));
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
    private DeploymentPlan startNext(Handle h, Caller caller, DeploymentPlan plan) {
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

    private DeploymentPlan finish(DeploymentPlan p, PlanState state, Caller by) {
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

    private void store(Handle h, DeploymentPlan plan, int expectedVersion) {
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

    private static PlanItem with(PlanItem i, PlanItemState state, String message) {
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

    static PermissionScope scope(DeploymentPlan plan, PlanItem item) {
        return PermissionScope.space(plan.spaceId())
                .withEnvironment(plan.environmentId())
                .withProject(item.projectId());
    }
}

package io.jenkins.plugins.freight.engine.plan;

import io.jenkins.plugins.freight.engine.audit.AuditLog;
import io.jenkins.plugins.freight.engine.audit.EventCategory;
import io.jenkins.plugins.freight.engine.audit.EventRequest;
import io.jenkins.plugins.freight.engine.deployment.DeploymentService;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.PermissionScope;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.task.TaskCompletionListener;
import io.jenkins.plugins.freight.engine.task.TaskService;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
    private final PlanProgress progress;

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
        this.progress = new PlanProgress(database, clock, audit, deployments, tasks);
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
                            executing = progress.startNext(h, caller, executing);
                            progress.store(h, executing, plan.version());
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
                                                ? PlanProgress.with(
                                                        i,
                                                        PlanItemState.SKIPPED,
                                                        "Skipped: the plan was aborted by "
                                                                + caller.username()
                                                                + ".")
                                                : i);
                            }
                            DeploymentPlan next =
                                    progress.finish(
                                            plan.withItems(items), PlanState.ABORTED, caller);
                            progress.store(h, next, plan.version());
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
        return progress.reconcile(spaceId, id);
    }

    /** The plan with its items' progress brought up to date from their tasks. */
    public DeploymentPlan progress(Caller caller, String spaceId, String id) {
        plansService.get(caller, spaceId, id);
        return progress.reconcile(spaceId, id);
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
        planId.ifPresent(id -> progress.reconcile(task.spaceId(), id));
    }

    static PermissionScope scope(DeploymentPlan plan, PlanItem item) {
        return PermissionScope.space(plan.spaceId())
                .withEnvironment(plan.environmentId())
                .withProject(item.projectId());
    }
}

package io.jenkins.plugins.freight.engine.plan;

import io.jenkins.plugins.freight.engine.audit.AuditLog;
import io.jenkins.plugins.freight.engine.audit.EventRequest;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.PermissionScope;
import io.jenkins.plugins.freight.engine.security.ScopeFilter;
import io.jenkins.plugins.freight.engine.storage.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Deployment plans (seed 002): team leads who may not deploy prepare a plan for one environment
 * ({@value #EDIT}), other leads add items and edit notes, and someone allowed to deploy every item
 * executes it ({@link PlanExecution}). Edits name the version they were based on; a stale edit is
 * refused with who changed the plan, and nothing is lost. Every change is audited.
 */
public final class DeploymentPlanService {

    /** The Freight permission to create, edit, validate and delete plans. */
    public static final String EDIT = "DeploymentPlanEdit";

    static final String VIEW = "DeploymentView";

    private final Database database;
    private final AccessPolicy access;
    private final Clock clock;
    private final AuditLog audit;
    private final PlanRepository plans = new JdbcPlanRepository();
    private final PlanReferences references;

    DeploymentPlanService(
            Database database,
            AccessPolicy access,
            Clock clock,
            AuditLog audit,
            PlanReferences references) {
        this.database = database;
        this.access = access;
        this.clock = clock;
        this.audit = audit;
        this.references = references;
    }

    public DeploymentPlan create(Caller caller, String spaceId, PlanDraft draft) {
        access.require(caller, EDIT, spaceId);
        return database.inTransaction(
                h -> {
                    Environment environment =
                            references.environment(h, spaceId, draft.environment());
                    List<PlanItem> items =
                            items(h, caller, spaceId, environment.id(), draft.items());
                    requireEdit(h, caller, spaceId, environment.id(), items);
                    Instant now = now();
                    DeploymentPlan plan =
                            new DeploymentPlan(
                                    Database.nextId(h, "DeploymentPlans"),
                                    spaceId,
                                    PlanEdits.name(draft.name()),
                                    environment.id(),
                                    PlanEdits.notes(draft.notes()),
                                    PlanState.DRAFT,
                                    1,
                                    items,
                                    null,
                                    now,
                                    caller.username(),
                                    now,
                                    caller.username(),
                                    null,
                                    null,
                                    null,
                                    null);
                    plans.insert(h, plan);
                    audit.record(
                            h,
                            caller,
                            EventRequest.created(
                                            spaceId,
                                            plan.id(),
                                            "Deployment plan " + plan.name() + " was created",
                                            plan)
                                    .withEnvironment(environment.id()));
                    return plan;
                });
    }

    public DeploymentPlan get(Caller caller, String spaceId, String id) {
        DeploymentPlan plan = database.withHandle(h -> find(h, spaceId, id));
        access.requireFor(
                caller, VIEW, PermissionScope.space(spaceId).withEnvironment(plan.environmentId()));
        return plan;
    }

    /** Plans of the space whose environment the caller may see deployments of, newest first. */
    public List<DeploymentPlan> list(Caller caller, String spaceId) {
        access.require(caller, VIEW, spaceId);
        ScopeFilter visible = access.visible(caller, VIEW, spaceId);
        return database.withHandle(h -> plans.list(h, spaceId)).stream()
                .filter(
                        p ->
                                visible.permits(
                                        PermissionScope.space(spaceId)
                                                .withEnvironment(p.environmentId())))
                .toList();
    }

    /**
     * Replaces name, environment, notes and items of a draft that is still at {@code
     * expectedVersion}.
     */
    public DeploymentPlan update(
            Caller caller, String spaceId, String id, int expectedVersion, PlanDraft draft) {
        access.require(caller, EDIT, spaceId);
        return change(
                caller,
                spaceId,
                id,
                expectedVersion,
                (h, current) -> {
                    Environment environment =
                            references.environment(h, spaceId, draft.environment());
                    List<PlanItem> items =
                            items(h, caller, spaceId, environment.id(), draft.items());
                    requireEdit(h, caller, spaceId, environment.id(), items);
                    return PlanEdits.copy(
                            current,
                            PlanEdits.name(draft.name()),
                            environment.id(),
                            PlanEdits.notes(draft.notes()),
                            items);
                });
    }

    /** Appends an item to the latest version of a draft (no version needed: additions merge). */
    public DeploymentPlan addItem(Caller caller, String spaceId, String id, PlanDraft.Item item) {
        access.require(caller, EDIT, spaceId);
        return change(
                caller,
                spaceId,
                id,
                null,
                (h, current) -> {
                    List<PlanItem> added =
                            items(h, caller, spaceId, current.environmentId(), List.of(item));
                    List<PlanItem> items = new ArrayList<>(current.items());
                    items.addAll(added);
                    requireEdit(h, caller, spaceId, current.environmentId(), added);
                    return PlanEdits.copy(
                            current,
                            current.name(),
                            current.environmentId(),
                            current.notes(),
                            items);
                });
    }

    /**
     * Changes the notes of the plan (itemId null) or of one item, based on {@code expectedVersion}.
     */
    public DeploymentPlan editNotes(
            Caller caller,
            String spaceId,
            String id,
            int expectedVersion,
            String itemId,
            String notes) {
        access.require(caller, EDIT, spaceId);
        return change(
                caller,
                spaceId,
                id,
                expectedVersion,
                (h, current) -> {
                    requireEdit(h, caller, spaceId, current.environmentId(), List.of());
                    if (itemId == null) {
                        return PlanEdits.copy(
                                current,
                                current.name(),
                                current.environmentId(),
                                PlanEdits.notes(notes),
                                current.items());
                    }
                    if (current.items().stream().noneMatch(i -> i.id().equals(itemId))) {
                        throw NotFoundException.of("Plan item", itemId);
                    }
                    List<PlanItem> items =
                            current.items().stream()
                                    .map(
                                            i ->
                                                    i.id().equals(itemId)
                                                            ? new PlanItem(
                                                                    i.id(),
                                                                    i.projectId(),
                                                                    i.releaseId(),
                                                                    PlanEdits.notes(notes),
                                                                    i.state(),
                                                                    i.deploymentId(),
                                                                    i.taskId(),
                                                                    i.message())
                                                            : i)
                                    .toList();
                    return PlanEdits.copy(
                            current,
                            current.name(),
                            current.environmentId(),
                            current.notes(),
                            items);
                });
    }

    /** Deletes a draft plan. */
    public void delete(Caller caller, String spaceId, String id) {
        access.require(caller, EDIT, spaceId);
        database.useTransaction(
                h -> {
                    DeploymentPlan plan = find(h, spaceId, id);
                    requireEdit(h, caller, spaceId, plan.environmentId(), List.of());
                    if (plan.state() != PlanState.DRAFT) {
                        throw new ConflictException(
                                "Deployment plan "
                                        + plan.name()
                                        + " was executed; only drafts can be deleted.");
                    }
                    plans.delete(h, id);
                    audit.record(
                            h,
                            caller,
                            EventRequest.deleted(
                                            spaceId,
                                            id,
                                            "Deployment plan " + plan.name() + " was deleted",
                                            plan)
                                    .withEnvironment(plan.environmentId()));
                });
    }

    /**
     * A new draft copying a failed or aborted plan's items that did not succeed, with their notes;
     * validating it flags releases that are no longer deployable.
     */
    public DeploymentPlan retry(Caller caller, String spaceId, String id) {
        access.require(caller, EDIT, spaceId);
        return database.inTransaction(
                h -> {
                    DeploymentPlan old = find(h, spaceId, id);
                    requireEdit(h, caller, spaceId, old.environmentId(), List.of());
                    if (!old.state().canBeRetried()) {
                        throw new ConflictException(
                                "Deployment plan "
                                        + old.name()
                                        + " is "
                                        + old.state().name().toLowerCase()
                                        + "; only failed or aborted plans can be retried.");
                    }
                    List<PlanItem> items = new ArrayList<>();
                    for (PlanItem i : old.items()) {
                        if (!i.state().isSuccessful()) {
                            items.add(
                                    new PlanItem(
                                            Database.nextId(h, "DeploymentPlanItems"),
                                            i.projectId(),
                                            i.releaseId(),
                                            i.notes(),
                                            PlanItemState.PENDING,
                                            null,
                                            null,
                                            null));
                        }
                    }
                    Instant now = now();
                    DeploymentPlan plan =
                            new DeploymentPlan(
                                    Database.nextId(h, "DeploymentPlans"),
                                    spaceId,
                                    old.name() + " (retry)",
                                    old.environmentId(),
                                    old.notes(),
                                    PlanState.DRAFT,
                                    1,
                                    items,
                                    old.id(),
                                    now,
                                    caller.username(),
                                    now,
                                    caller.username(),
                                    null,
                                    null,
                                    null,
                                    null);
                    plans.insert(h, plan);
                    audit.record(
                            h,
                            caller,
                            EventRequest.created(
                                            spaceId,
                                            plan.id(),
                                            "Deployment plan "
                                                    + plan.name()
                                                    + " was created to retry "
                                                    + old.id(),
                                            plan)
                                    .withEnvironment(plan.environmentId()));
                    return plan;
                });
    }

    /** A change of a draft: read it locked, check the version, apply, store with version + 1. */
    interface Change {
        DeploymentPlan apply(Handle h, DeploymentPlan current);
    }

    private DeploymentPlan change(
            Caller caller, String spaceId, String id, Integer expectedVersion, Change change) {
        return database.inTransaction(
                h -> {
                    find(h, spaceId, id);
                    DeploymentPlan current =
                            plans.lock(h, id)
                                    .orElseThrow(() -> NotFoundException.of("Deployment plan", id));
                    if (expectedVersion != null && current.version() != expectedVersion) {
                        throw PlanEdits.stale(current, expectedVersion);
                    }
                    if (current.state() != PlanState.DRAFT) {
                        throw new ConflictException(
                                "Deployment plan "
                                        + current.name()
                                        + " is "
                                        + current.state().name().toLowerCase()
                                        + "; only drafts can be edited (retry it to get a new draft).");
                    }
                    DeploymentPlan changed = change.apply(h, current);
                    DeploymentPlan stored =
                            new DeploymentPlan(
                                    changed.id(),
                                    changed.spaceId(),
                                    changed.name(),
                                    changed.environmentId(),
                                    changed.notes(),
                                    changed.state(),
                                    current.version() + 1,
                                    changed.items(),
                                    changed.retriedFromPlanId(),
                                    changed.createdOn(),
                                    changed.createdBy(),
                                    now(),
                                    caller.username(),
                                    changed.executedById(),
                                    changed.executedBy(),
                                    changed.executedOn(),
                                    changed.finishedOn());
                    if (!plans.update(h, stored, current.version())) {
                        throw PlanEdits.stale(
                                plans.find(h, spaceId, id).orElseThrow(), current.version());
                    }
                    audit.record(
                            h,
                            caller,
                            EventRequest.modified(
                                            spaceId,
                                            id,
                                            "Deployment plan " + stored.name() + " was changed",
                                            current,
                                            stored)
                                    .withEnvironment(stored.environmentId()));
                    return stored;
                });
    }

    private void requireEdit(
            Handle h, Caller caller, String spaceId, String environmentId, List<PlanItem> items) {
        PermissionScope env = PermissionScope.space(spaceId).withEnvironment(environmentId);
        access.requireFor(h, caller, EDIT, env);
        for (PlanItem item : items) {
            access.requireFor(h, caller, EDIT, env.withProject(item.projectId()));
        }
    }

    private List<PlanItem> items(
            Handle h,
            Caller caller,
            String spaceId,
            String environmentId,
            List<PlanDraft.Item> drafts) {
        List<PlanItem> items = new ArrayList<>();
        for (PlanReferences.Resolved r : references.items(h, spaceId, drafts)) {
            items.add(
                    new PlanItem(
                            Database.nextId(h, "DeploymentPlanItems"),
                            r.projectId(),
                            r.releaseId(),
                            r.notes(),
                            PlanItemState.PENDING,
                            null,
                            null,
                            null));
        }
        return items;
    }

    DeploymentPlan find(Handle h, String spaceId, String id) {
        return plans.find(h, spaceId, id)
                .orElseThrow(() -> NotFoundException.of("Deployment plan", id));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}

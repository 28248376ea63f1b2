package io.jenkins.plugins.freight.server.ui.plan;

import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.environment.EnvironmentService;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.error.FreightException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.plan.DeploymentPlan;
import io.jenkins.plugins.freight.engine.plan.DeploymentPlanService;
import io.jenkins.plugins.freight.engine.plan.DeploymentPlans;
import io.jenkins.plugins.freight.engine.plan.PlanDraft;
import io.jenkins.plugins.freight.engine.plan.PlanItem;
import io.jenkins.plugins.freight.engine.plan.PlanState;
import io.jenkins.plugins.freight.engine.plan.PlanValidation;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.project.ProjectService;
import io.jenkins.plugins.freight.engine.release.ReleaseService;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.server.ui.Access;
import io.jenkins.plugins.freight.server.ui.UiRequest;
import io.jenkins.plugins.freight.server.ui.UiRoutes;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Deployment plans: list and create; one plan's items (add, edit notes with concurrent-edit
 * detection), validate, execute with live per-item progress, abort, retry as a new draft.
 */
public final class PlanPages {

    private static final String DEPLOY = "DeploymentCreate";

    private final DeploymentPlans plans;
    private final EnvironmentService environments;
    private final ProjectService projects;
    private final ReleaseService releases;
    private final Access access;

    public PlanPages(
            DeploymentPlans plans,
            EnvironmentService environments,
            ProjectService projects,
            ReleaseService releases,
            AccessPolicy policy) {
        this.plans = plans;
        this.environments = environments;
        this.projects = projects;
        this.releases = releases;
        this.access = new Access(policy);
    }

    public void register(UiRoutes routes) {
        routes.get("{space}/plans", this::list)
                .post("{space}/plans", this::create)
                .get("{space}/plans/{plan}", this::show)
                .get("{space}/plans/{plan}/live", this::live)
                .get("{space}/plans/{plan}/validate", this::validate)
                .post("{space}/plans/{plan}/items", this::addItem)
                .post("{space}/plans/{plan}/items/{item}/notes", this::itemNotes)
                .post("{space}/plans/{plan}/notes", this::planNotes)
                .post("{space}/plans/{plan}/execute", this::execute)
                .post("{space}/plans/{plan}/abort", this::abort)
                .post("{space}/plans/{plan}/retry", this::retry)
                .post("{space}/plans/{plan}/delete", this::delete);
    }

    private void list(UiRequest r) throws IOException {
        r.render(
                "plan/list.jte",
                new PlansPage(
                        r.frame("Deployment plans", "plans"),
                        plans.editing().list(r.caller(), r.spaceId()),
                        environmentNames(r),
                        allows(r, DeploymentPlanService.EDIT)));
    }

    private void create(UiRequest r) {
        DeploymentPlan plan =
                plans.editing()
                        .create(
                                r.caller(),
                                r.spaceId(),
                                new PlanDraft(
                                        r.requiredParam("name", "Name"),
                                        r.requiredParam("environment", "Environment"),
                                        r.param("notes"),
                                        List.of()));
        r.redirect(r.links().plan(r.spaceId(), plan.id()));
    }

    private void show(UiRequest r) throws IOException {
        r.render("plan/plan.jte", page(r, current(r), null, null));
    }

    /** The items and state alone, polled while the plan executes. */
    private void live(UiRequest r) throws IOException {
        r.render("plan/live.jte", page(r, current(r), null, null));
    }

    private void validate(UiRequest r) throws IOException {
        DeploymentPlan plan = current(r);
        PlanValidation validation = plans.validator().validate(r.caller(), r.spaceId(), plan.id());
        r.render("plan/plan.jte", page(r, plan, validation, null));
    }

    /** Additions merge with concurrent ones, so they need no version. */
    private void addItem(UiRequest r) {
        plans.editing()
                .addItem(
                        r.caller(),
                        r.spaceId(),
                        r.path("plan"),
                        new PlanDraft.Item(
                                r.requiredParam("project", "Project"),
                                r.requiredParam("release", "Release"),
                                r.param("notes")));
        r.redirect(r.links().plan(r.spaceId(), r.path("plan")));
    }

    private void itemNotes(UiRequest r) throws IOException {
        editNotes(r, r.path("item"));
    }

    private void planNotes(UiRequest r) throws IOException {
        editNotes(r, null);
    }

    /**
     * Saves notes based on the version the form was rendered from; if someone changed the plan
     * since, nothing is saved and the page says so, showing the current plan and the unsaved text.
     */
    private void editNotes(UiRequest r, String itemId) throws IOException {
        String notes = r.param("notes");
        try {
            plans.editing()
                    .editNotes(r.caller(), r.spaceId(), r.path("plan"), version(r), itemId, notes);
        } catch (ConflictException e) {
            conflict(r, e, notes);
            return;
        }
        r.redirect(r.links().plan(r.spaceId(), r.path("plan")));
    }

    private void execute(UiRequest r) throws IOException {
        try {
            plans.execution().execute(r.caller(), r.spaceId(), r.path("plan"), version(r));
        } catch (ConflictException e) {
            conflict(r, e, null);
            return;
        }
        r.redirect(r.links().plan(r.spaceId(), r.path("plan")));
    }

    private void abort(UiRequest r) {
        plans.execution().abort(r.caller(), r.spaceId(), r.path("plan"));
        r.redirect(r.links().plan(r.spaceId(), r.path("plan")));
    }

    private void retry(UiRequest r) {
        DeploymentPlan draft = plans.editing().retry(r.caller(), r.spaceId(), r.path("plan"));
        r.redirect(r.links().plan(r.spaceId(), draft.id()));
    }

    private void delete(UiRequest r) {
        plans.editing().delete(r.caller(), r.spaceId(), r.path("plan"));
        r.redirect(r.links().plans(r.spaceId()));
    }

    private void conflict(UiRequest r, ConflictException e, String unsaved) throws IOException {
        String message =
                e.getMessage()
                        + " Below is the plan as it is now."
                        + (unsaved == null || unsaved.isEmpty()
                                ? ""
                                : " Your unsaved notes: \u201c" + unsaved + "\u201d");
        r.render(409, "plan/plan.jte", page(r, current(r), null, message));
    }

    private DeploymentPlan current(UiRequest r) {
        return plans.execution().progress(r.caller(), r.spaceId(), r.path("plan"));
    }

    private PlanPage page(
            UiRequest r, DeploymentPlan plan, PlanValidation validation, String conflict) {
        Map<String, String> projectNames = projectNames(r);
        Map<String, PlanValidation.ItemCheck> checks = new LinkedHashMap<>();
        if (validation != null) {
            validation.items().forEach(c -> checks.put(c.itemId(), c));
        }
        List<PlanItemView> items =
                plan.items().stream()
                        .map(i -> view(r, i, projectNames, checks.get(i.id())))
                        .toList();
        boolean draft = plan.state() == PlanState.DRAFT;
        String environmentId = plan.environmentId();
        boolean mayEdit =
                access.allows(
                        r.caller(), DeploymentPlanService.EDIT, r.spaceId(), null, environmentId);
        boolean mayDeployAll =
                !plan.items().isEmpty()
                        && plan.items().stream()
                                .allMatch(
                                        i ->
                                                access.allows(
                                                        r.caller(),
                                                        DEPLOY,
                                                        r.spaceId(),
                                                        i.projectId(),
                                                        environmentId));
        boolean mayAbort = access.allows(r.caller(), DEPLOY, r.spaceId(), null, environmentId);
        String environment =
                environmentNames(r).getOrDefault(plan.environmentId(), plan.environmentId());
        return new PlanPage(
                r.frame(plan.name(), "plans"),
                plan,
                environment,
                items,
                projectNames,
                validation,
                conflict,
                draft && mayEdit,
                draft && mayDeployAll,
                plan.state() == PlanState.EXECUTING && mayAbort,
                plan.state().canBeRetried() && mayEdit);
    }

    private PlanItemView view(
            UiRequest r,
            PlanItem item,
            Map<String, String> projectNames,
            PlanValidation.ItemCheck check) {
        String release =
                optional(
                        () -> releases.get(r.caller(), r.spaceId(), item.releaseId()).version(),
                        item.releaseId());
        return new PlanItemView(
                item,
                projectNames.getOrDefault(item.projectId(), item.projectId()),
                release,
                item.taskId() == null ? null : r.links().task(r.spaceId(), item.taskId()),
                check);
    }

    private static int version(UiRequest r) {
        String value = r.requiredParam("version", "The plan's version");
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("The plan's version must be a whole number.");
        }
    }

    private boolean allows(UiRequest r, String permission) {
        return access.allows(r.caller(), permission, r.spaceId(), null, null);
    }

    private Map<String, String> environmentNames(UiRequest r) {
        Map<String, String> names = new LinkedHashMap<>();
        List<Environment> all =
                optional(() -> environments.all(r.caller(), r.spaceId()), List.<Environment>of());
        for (Environment e : all) {
            names.put(e.id(), e.name());
        }
        return names;
    }

    private Map<String, String> projectNames(UiRequest r) {
        Map<String, String> names = new LinkedHashMap<>();
        List<Project> all =
                optional(
                        () -> projects.list(r.caller(), r.spaceId(), ListQuery.all(), null).items(),
                        List.<Project>of());
        all.forEach(p -> names.put(p.id(), p.name()));
        return names;
    }

    private static <T> T optional(Supplier<T> read, T fallback) {
        try {
            return read.get();
        } catch (FreightException e) {
            return fallback;
        }
    }
}

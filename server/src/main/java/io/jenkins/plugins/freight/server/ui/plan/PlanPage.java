package io.jenkins.plugins.freight.server.ui.plan;

import io.jenkins.plugins.freight.engine.plan.DeploymentPlan;
import io.jenkins.plugins.freight.engine.plan.PlanState;
import io.jenkins.plugins.freight.engine.plan.PlanValidation;
import io.jenkins.plugins.freight.server.ui.PageFrame;
import io.jenkins.plugins.freight.server.ui.TimeText;
import java.util.List;
import java.util.Map;

/**
 * One deployment plan: its items with their state (updating itself while it executes), and the
 * actions the plan's state and the signed-in user's permissions allow.
 *
 * @param environment the target environment's name
 * @param projects projects to add items for, id to name
 * @param validation the result of "Validate", or null
 * @param conflict why the last edit was not saved (someone changed the plan meanwhile), or null
 * @param canEdit the plan is a draft and the user holds {@code DeploymentPlanEdit}
 * @param canExecute the plan is a draft with items and the user holds {@code DeploymentCreate} for
 *     every item's project in the plan's environment (the engine checks again when it executes)
 * @param canAbort the plan executes and the user holds {@code DeploymentCreate} for its environment
 * @param canRetry the plan failed or was aborted and the user holds {@code DeploymentPlanEdit}
 */
public record PlanPage(
        PageFrame frame,
        DeploymentPlan plan,
        String environment,
        List<PlanItemView> items,
        Map<String, String> projects,
        PlanValidation validation,
        String conflict,
        boolean canEdit,
        boolean canExecute,
        boolean canAbort,
        boolean canRetry) {

    public PlanPage {
        items = List.copyOf(items);
    }

    public boolean draft() {
        return plan.state() == PlanState.DRAFT;
    }

    public boolean finished() {
        return plan.state().isTerminal();
    }

    public String state() {
        return plan.state().name().toLowerCase(java.util.Locale.ROOT);
    }

    public String stateCss() {
        return switch (plan.state()) {
            case SUCCEEDED -> "success";
            case FAILED -> "failed";
            case ABORTED -> "canceled";
            case EXECUTING -> "executing";
            case DRAFT -> "queued";
        };
    }

    public String liveHref() {
        return frame.links().plan(frame.spaceId(), plan.id(), "live");
    }

    public String action(String name) {
        return frame.links().plan(frame.spaceId(), plan.id(), name);
    }

    public String itemAction(String itemId, String name) {
        return frame.links().plan(frame.spaceId(), plan.id(), "items", itemId, name);
    }

    public String created() {
        return TimeText.of(plan.createdOn()) + " by " + plan.createdBy();
    }

    public String executed() {
        return plan.executedOn() == null
                ? ""
                : TimeText.of(plan.executedOn()) + " by " + plan.executedBy();
    }
}

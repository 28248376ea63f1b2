package io.jenkins.plugins.freight.server.ui.plan;

import io.jenkins.plugins.freight.engine.plan.DeploymentPlan;
import io.jenkins.plugins.freight.server.ui.PageFrame;
import io.jenkins.plugins.freight.server.ui.TimeText;
import java.util.List;
import java.util.Map;

/**
 * The space's deployment plans, newest first, and the form to start one.
 *
 * @param environments the environments a plan can target, id to name
 * @param canEdit whether the signed-in user holds {@code DeploymentPlanEdit}
 */
public record PlansPage(
        PageFrame frame,
        List<DeploymentPlan> plans,
        Map<String, String> environments,
        boolean canEdit) {

    public PlansPage {
        plans = List.copyOf(plans);
    }

    public String environment(DeploymentPlan plan) {
        return environments.getOrDefault(plan.environmentId(), plan.environmentId());
    }

    public String modified(DeploymentPlan plan) {
        return TimeText.of(plan.lastModifiedOn());
    }
}

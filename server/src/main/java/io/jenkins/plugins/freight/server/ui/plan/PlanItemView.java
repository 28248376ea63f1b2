package io.jenkins.plugins.freight.server.ui.plan;

import io.jenkins.plugins.freight.engine.plan.PlanItem;
import io.jenkins.plugins.freight.engine.plan.PlanValidation;

/**
 * One item as the plan page shows it.
 *
 * @param project the project's name
 * @param release the release's version
 * @param taskHref its deployment's task page, or null before it is deployed
 * @param check what validation found, or null when the plan was not validated
 */
public record PlanItemView(
        PlanItem item,
        String project,
        String release,
        String taskHref,
        PlanValidation.ItemCheck check) {

    /** The state as a CSS suffix and a word: pending, deploying, succeeded, … */
    public String state() {
        return item.state().name().toLowerCase(java.util.Locale.ROOT);
    }

    public String stateCss() {
        return switch (item.state()) {
            case SUCCEEDED -> "success";
            case FAILED -> "failed";
            case CANCELED, SKIPPED -> "canceled";
            case DEPLOYING -> "executing";
            case PENDING -> "queued";
        };
    }
}

package io.jenkins.plugins.freight.cli.plan;

import io.jenkins.plugins.freight.client.plan.DeploymentPlan;
import io.jenkins.plugins.freight.client.plan.PlanValidation;
import java.util.ArrayList;
import java.util.List;

/** The text output of the plan commands: one line per plan, item or problem. */
final class PlanSummaries {

    private PlanSummaries() {}

    /** {@code Plans-3 "Sprint 12" to Environments-2: DRAFT (version 4, 2 items)}. */
    static String headline(DeploymentPlan plan) {
        return plan.id()
                + " \""
                + plan.name()
                + "\" to "
                + plan.environmentId()
                + ": "
                + plan.state()
                + " (version "
                + plan.version()
                + ", "
                + plan.items().size()
                + (plan.items().size() == 1 ? " item)" : " items)");
    }

    /** The headline, then each item with its state. */
    static String[] plan(DeploymentPlan plan) {
        List<String> lines = new ArrayList<>();
        lines.add(headline(plan));
        int n = 0;
        for (DeploymentPlan.PlanItem item : plan.items()) {
            n++;
            lines.add(
                    "  "
                            + n
                            + ". "
                            + item.projectId()
                            + " "
                            + item.releaseId()
                            + ": "
                            + item.state()
                            + (item.taskId() == null ? "" : " " + item.taskId())
                            + (item.message() == null || item.message().isBlank()
                                    ? ""
                                    : " — " + item.message()));
        }
        return lines.toArray(String[]::new);
    }

    /** Whether it can be executed, then every problem of every item, then freezes. */
    static String[] validation(PlanValidation v) {
        List<String> lines = new ArrayList<>();
        lines.add(
                v.planId()
                        + (v.canExecute()
                                ? ": valid; you may execute it"
                                : v.executable()
                                        ? ": valid, but you may not execute it"
                                        : ": not executable"));
        for (PlanValidation.ItemCheck item : v.items()) {
            for (String problem : item.blocking()) {
                lines.add("  " + item.project() + " " + item.release() + ": " + problem);
            }
            for (String problem : item.permissions()) {
                lines.add("  " + item.project() + " " + item.release() + ": " + problem);
            }
        }
        lines.add("  " + v.freezes());
        return lines.toArray(String[]::new);
    }
}

package io.jenkins.plugins.freight.cli.plan;

import io.jenkins.plugins.freight.cli.console.ConnectionOptions;
import io.jenkins.plugins.freight.cli.console.HelpOption;
import io.jenkins.plugins.freight.cli.console.OutputOptions;
import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.plan.DeploymentPlan;
import io.jenkins.plugins.freight.client.plan.DeploymentPlanApi;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code freight plan add-item}: one more item on a draft, whoever else is editing it. */
@Command(
        name = "add-item",
        description =
                "Adds an item to a draft plan; it goes to the newest version, so leads adding"
                        + " items at the same time all succeed.")
public final class PlanAddItemCommand implements Callable<Integer> {

    @Mixin ConnectionOptions connection;
    @Mixin OutputOptions output;
    @Mixin HelpOption help;

    @Parameters(index = "0", paramLabel = "PLAN", description = "Plan id, e.g. DeploymentPlans-3")
    String planId;

    @Option(
            names = "--item",
            required = true,
            paramLabel = "PROJECT:VERSION",
            description = "Project name or id and release version, e.g. \"eCommerce:1.0.0\"")
    String item;

    @Option(names = "--notes", paramLabel = "TEXT", description = "Deployment notes for the item")
    String notes;

    @Override
    public Integer call() {
        DeploymentPlanApi.NewItem parsed = PlanCreateCommand.item(item, notes);
        try (FreightClient client = connection.client()) {
            DeploymentPlan plan = client.deploymentPlans().addItem(planId, parsed);
            output.result(plan, PlanSummaries.plan(plan));
            return 0;
        }
    }
}

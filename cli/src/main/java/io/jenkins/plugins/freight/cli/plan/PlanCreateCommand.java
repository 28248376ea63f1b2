package io.jenkins.plugins.freight.cli.plan;

import io.jenkins.plugins.freight.cli.console.ConnectionOptions;
import io.jenkins.plugins.freight.cli.console.HelpOption;
import io.jenkins.plugins.freight.cli.console.OutputOptions;
import io.jenkins.plugins.freight.cli.console.UsageException;
import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.plan.DeploymentPlan;
import io.jenkins.plugins.freight.client.plan.DeploymentPlanApi;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code freight plan create}: a draft for one environment, with items if given. */
@Command(
        name = "create",
        description =
                "Creates a draft deployment plan for one environment; needs DeploymentPlanEdit,"
                        + " not the right to deploy.")
public final class PlanCreateCommand implements Callable<Integer> {

    @Mixin ConnectionOptions connection;
    @Mixin OutputOptions output;
    @Mixin HelpOption help;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "Plan name")
    String name;

    @Option(
            names = "--environment",
            required = true,
            paramLabel = "ENV",
            description = "Environment name or id the plan deploys to")
    String environment;

    @Option(names = "--notes", paramLabel = "TEXT", description = "Notes for the whole plan")
    String notes;

    @Option(
            names = "--item",
            paramLabel = "PROJECT:VERSION",
            description =
                    "An item: project name or id and release version, e.g. \"Customer"
                            + " Portal:0.6.0\"; repeat for more (in order)")
    List<String> items = new ArrayList<>();

    @Override
    public Integer call() {
        List<DeploymentPlanApi.NewItem> parsed = new ArrayList<>();
        for (String item : items) {
            parsed.add(item(item, null));
        }
        try (FreightClient client = connection.client()) {
            DeploymentPlan plan =
                    client.deploymentPlans()
                            .create(
                                    new DeploymentPlanApi.NewPlan(
                                            name, environment, notes, parsed));
            output.result(plan, PlanSummaries.plan(plan));
            return 0;
        }
    }

    /** {@code PROJECT:VERSION}, split at the last colon (project names may hold colons). */
    static DeploymentPlanApi.NewItem item(String text, String notes) {
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new UsageException(
                    "An item is PROJECT:VERSION, e.g. \"Customer Portal:0.6.0\"; got '"
                            + text
                            + "'.");
        }
        return new DeploymentPlanApi.NewItem(
                text.substring(0, colon).strip(), text.substring(colon + 1).strip(), notes);
    }
}

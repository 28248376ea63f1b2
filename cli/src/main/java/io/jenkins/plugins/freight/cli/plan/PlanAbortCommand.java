package io.jenkins.plugins.freight.cli.plan;

import io.jenkins.plugins.freight.cli.console.ConnectionOptions;
import io.jenkins.plugins.freight.cli.console.HelpOption;
import io.jenkins.plugins.freight.cli.console.OutputOptions;
import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.plan.DeploymentPlan;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code freight plan abort}. */
@Command(
        name = "abort",
        description =
                "Aborts an executing plan: cancels the running item's deployment and skips the"
                        + " rest; needs DeploymentCreate and TaskCancel.")
public final class PlanAbortCommand implements Callable<Integer> {

    @Mixin ConnectionOptions connection;
    @Mixin OutputOptions output;
    @Mixin HelpOption help;

    @Parameters(index = "0", paramLabel = "PLAN", description = "Plan id")
    String planId;

    @Override
    public Integer call() {
        try (FreightClient client = connection.client()) {
            DeploymentPlan plan = client.deploymentPlans().abort(planId);
            output.result(plan, PlanSummaries.plan(plan));
            return 0;
        }
    }
}

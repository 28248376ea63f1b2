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

/** {@code freight plan retry}. */
@Command(
        name = "retry",
        description =
                "Creates a new draft from a failed or aborted plan, with the items that did not"
                        + " succeed.")
public final class PlanRetryCommand implements Callable<Integer> {

    @Mixin ConnectionOptions connection;
    @Mixin OutputOptions output;
    @Mixin HelpOption help;

    @Parameters(index = "0", paramLabel = "PLAN", description = "Plan id of the failed plan")
    String planId;

    @Override
    public Integer call() {
        try (FreightClient client = connection.client()) {
            DeploymentPlan plan = client.deploymentPlans().retry(planId);
            output.result(plan, PlanSummaries.plan(plan));
            return 0;
        }
    }
}

package io.jenkins.plugins.freight.cli.plan;

import io.jenkins.plugins.freight.cli.console.ConnectionOptions;
import io.jenkins.plugins.freight.cli.console.HelpOption;
import io.jenkins.plugins.freight.cli.console.OutputOptions;
import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.plan.DeploymentPlan;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code freight plan list}. */
@Command(name = "list", description = "Lists the deployment plans of the space you may see.")
public final class PlanListCommand implements Callable<Integer> {

    @Mixin ConnectionOptions connection;
    @Mixin OutputOptions output;
    @Mixin HelpOption help;

    @Override
    public Integer call() {
        try (FreightClient client = connection.client()) {
            List<DeploymentPlan> plans = client.deploymentPlans().list();
            output.result(
                    plans,
                    plans.isEmpty()
                            ? new String[] {"No deployment plans."}
                            : plans.stream().map(PlanSummaries::headline).toArray(String[]::new));
            return 0;
        }
    }
}

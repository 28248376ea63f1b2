package io.jenkins.plugins.freight.cli.plan;

import io.jenkins.plugins.freight.cli.console.ConnectionOptions;
import io.jenkins.plugins.freight.cli.console.ExitCodes;
import io.jenkins.plugins.freight.cli.console.HelpOption;
import io.jenkins.plugins.freight.cli.console.OutputOptions;
import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.plan.PlanValidation;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code freight plan validate}: every problem explained; exit 2 when it cannot be executed. */
@Command(
        name = "validate",
        description =
                "Checks every item against lifecycles, your permissions and freezes and explains"
                        + " each problem; exits 2 when the plan cannot be executed (by anyone).")
public final class PlanValidateCommand implements Callable<Integer> {

    @Mixin ConnectionOptions connection;
    @Mixin OutputOptions output;
    @Mixin HelpOption help;

    @Parameters(index = "0", paramLabel = "PLAN", description = "Plan id")
    String planId;

    @Override
    public Integer call() {
        try (FreightClient client = connection.client()) {
            PlanValidation validation = client.deploymentPlans().validate(planId);
            output.result(validation, PlanSummaries.validation(validation));
            return validation.executable() ? ExitCodes.OK : ExitCodes.USAGE;
        }
    }
}

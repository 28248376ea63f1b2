package io.jenkins.plugins.freight.cli.plan;

import io.jenkins.plugins.freight.cli.console.AbortOnShutdown;
import io.jenkins.plugins.freight.cli.console.ConnectionOptions;
import io.jenkins.plugins.freight.cli.console.HelpOption;
import io.jenkins.plugins.freight.cli.console.OutputOptions;
import io.jenkins.plugins.freight.cli.console.UsageException;
import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.actions.DeploymentFailedException;
import io.jenkins.plugins.freight.client.actions.DurationText;
import io.jenkins.plugins.freight.client.plan.DeploymentPlan;
import io.jenkins.plugins.freight.client.plan.PlanWatch;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code freight plan execute}: deploys the items one after the other; with {@code --wait}, follows
 * each item until the plan ends and exits 1 unless it succeeded.
 */
@Command(
        name = "execute",
        description =
                "Executes a plan you reviewed (its version); needs DeploymentCreate for every"
                        + " item. With --wait, prints each item's progress until the plan ends"
                        + " and exits 1 if it failed or was aborted.")
public final class PlanExecuteCommand implements Callable<Integer> {

    @Mixin ConnectionOptions connection;
    @Mixin OutputOptions output;
    @Mixin HelpOption help;

    @Parameters(index = "0", paramLabel = "PLAN", description = "Plan id")
    String planId;

    @Option(
            names = "--version",
            paramLabel = "N",
            description =
                    "The plan version you reviewed; a plan changed since is refused. Default: the"
                            + " current version")
    Integer version;

    @Option(names = "--wait", description = "Follow the items until the plan ends")
    boolean waitForIt;

    @Option(
            names = "--timeout",
            paramLabel = "DURATION",
            description = "Stop following after this long (90s, 10m, PT2H); implies --wait")
    String timeout;

    @Option(
            names = "--poll",
            paramLabel = "DURATION",
            description = "How often to read the plan's progress. Default: 1s")
    String poll = "1s";

    @Override
    public Integer call() throws Exception {
        Duration limit = timeout == null ? null : DurationText.parse(timeout);
        Duration interval = DurationText.parse(poll);
        if (interval.isZero() || interval.isNegative()) {
            throw new UsageException("--poll must be positive.");
        }
        try (FreightClient client = connection.client()) {
            var plans = client.deploymentPlans();
            int reviewed = version != null ? version : plans.get(planId).version();
            DeploymentPlan started = plans.execute(planId, reviewed);
            if (!waitForIt && limit == null) {
                output.result(started, PlanSummaries.plan(started));
                return 0;
            }
            DeploymentPlan ended =
                    AbortOnShutdown.run(
                            () ->
                                    new PlanWatch(plans, output.progress(), interval)
                                            .await(planId, limit));
            output.result(ended, PlanSummaries.plan(ended));
            if (!ended.isFinished()) {
                throw new DeploymentFailedException(
                        "Plan " + planId + " was still executing when the timeout passed.", ended);
            }
            if (!"SUCCEEDED".equals(ended.state())) {
                throw new DeploymentFailedException(
                        "Plan " + planId + " ended " + ended.state() + ".", ended);
            }
            return 0;
        }
    }
}

package io.jenkins.plugins.freight.client.plan;

import io.jenkins.plugins.freight.client.actions.ProgressListener;
import io.jenkins.plugins.freight.client.actions.ProgressListener.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Follows an executing plan until it ends, reporting each item's state as it changes (and why an
 * item failed or was skipped). Reading the plan brings its progress up to date on the server, so
 * polling is all it takes.
 */
public final class PlanWatch {

    private final DeploymentPlanApi plans;
    private final ProgressListener progress;
    private final Duration interval;
    private final Clock clock;

    public PlanWatch(DeploymentPlanApi plans, ProgressListener progress, Duration interval) {
        this(plans, progress, interval, Clock.systemUTC());
    }

    PlanWatch(DeploymentPlanApi plans, ProgressListener progress, Duration interval, Clock clock) {
        this.plans = plans;
        this.progress = progress;
        this.interval = interval;
        this.clock = clock;
    }

    /**
     * Waits until the plan has ended or {@code timeout} (null: no limit) passed; answers the plan
     * as last read.
     */
    public DeploymentPlan await(String planId, Duration timeout) throws InterruptedException {
        Instant deadline = timeout == null ? null : clock.instant().plus(timeout);
        Map<String, String> reported = new HashMap<>();
        while (true) {
            DeploymentPlan plan = plans.get(planId);
            report(plan, reported);
            if (plan.isFinished() || deadline != null && !clock.instant().isBefore(deadline)) {
                return plan;
            }
            Thread.sleep(interval.toMillis());
        }
    }

    private void report(DeploymentPlan plan, Map<String, String> reported) {
        int n = 0;
        for (DeploymentPlan.PlanItem item : plan.items()) {
            n++;
            String previous = reported.put(item.id(), item.state());
            if (item.state().equals(previous)) {
                continue;
            }
            Level level =
                    switch (item.state()) {
                        case "FAILED", "CANCELED" -> Level.ERROR;
                        case "SKIPPED" -> Level.WARNING;
                        case "SUCCEEDED", "DEPLOYING" -> Level.HIGHLIGHT;
                        default -> Level.INFO;
                    };
            String text =
                    "Item "
                            + n
                            + "/"
                            + plan.items().size()
                            + " "
                            + item.projectId()
                            + " "
                            + item.releaseId()
                            + ": "
                            + item.state()
                            + (item.taskId() == null ? "" : " (" + item.taskId() + ")")
                            + (item.message() == null || item.message().isBlank()
                                    ? ""
                                    : " — " + item.message());
            progress.line(level, text);
        }
    }
}

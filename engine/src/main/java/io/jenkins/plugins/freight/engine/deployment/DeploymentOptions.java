package io.jenkins.plugins.freight.engine.deployment;

import io.jenkins.plugins.freight.engine.process.DeploymentAction;
import io.jenkins.plugins.freight.engine.process.DeploymentProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks of a deployment's options: skipped steps and the schedule. */
final class DeploymentOptions {

    /** How far ahead a deployment may be scheduled (as in Octopus). */
    static final Duration MAX_SCHEDULE_AHEAD = Duration.ofDays(30);

    private DeploymentOptions() {}

    /**
     * The ids of the actions to skip, from ids or names (of the action, or of a step whose actions
     * are all skipped).
     */
    static List<String> skippedActionIds(
            DeploymentProcess process, List<String> references, List<String> errors) {
        List<String> ids = new ArrayList<>();
        for (String ref : references) {
            List<DeploymentAction> actions = actionsNamed(process, ref);
            if (actions.isEmpty()) {
                errors.add("The deployment process has no step or action '" + ref + "' to skip.");
                continue;
            }
            for (DeploymentAction a : actions) {
                if (a.isRequired()) {
                    errors.add("Step " + a.name() + " is required, so it cannot be skipped.");
                } else if (!ids.contains(a.id())) {
                    ids.add(a.id());
                }
            }
        }
        return ids;
    }

    private static List<DeploymentAction> actionsNamed(DeploymentProcess process, String ref) {
        Optional<DeploymentAction> action = process.action(ref);
        if (action.isPresent()) {
            return List.of(action.get());
        }
        return process.steps().stream()
                .filter(s -> s.name().equalsIgnoreCase(ref) || ref.equals(s.id()))
                .findFirst()
                .map(s -> s.actions())
                .orElse(List.of());
    }

    /** Checks run-at and no-run-after against the clock. */
    static void checkSchedule(Instant runAt, Instant noRunAfter, Instant now, List<String> errors) {
        if (runAt != null && runAt.isAfter(now.plus(MAX_SCHEDULE_AHEAD))) {
            errors.add("A deployment can be scheduled at most 30 days ahead.");
        }
        Instant start = runAt != null && runAt.isAfter(now) ? runAt : now;
        if (noRunAfter != null && !noRunAfter.isAfter(start)) {
            errors.add(
                    runAt != null
                            ? "The no-run-after time must be later than the run-at time."
                            : "The no-run-after time must be in the future.");
        }
    }
}

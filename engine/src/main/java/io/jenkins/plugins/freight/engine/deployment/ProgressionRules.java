package io.jenkins.plugins.freight.engine.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The lifecycle progression rules, without any storage: a phase is available when every earlier
 * phase is complete; the first phase is always available; an optional phase counts as complete; a
 * required phase is complete when enough of its environments (all, or its minimum) have a
 * successful deployment of the release. Redeploying to an environment the release already reached
 * is always allowed.
 */
public final class ProgressionRules {

    private ProgressionRules() {}

    /**
     * Evaluates where a release stands.
     *
     * @param releaseVersion the release's version, for messages
     * @param lifecycle the effective phases
     * @param history per environment id, the release's outcome there (for the tenant in question)
     */
    public static Progression evaluate(
            String releaseVersion,
            LifecycleProgression lifecycle,
            Map<String, EnvironmentOutcome> history) {
        List<PhaseProgress> result = new ArrayList<>();
        String blocker = null;
        for (ProgressionPhase phase : lifecycle.phases()) {
            String shortfall = phase.optional() ? null : shortfall(phase, history);
            boolean complete = shortfall == null;
            result.add(new PhaseProgress(phase, blocker == null, complete, blocker, shortfall));
            if (blocker == null && !complete) {
                blocker = "phase " + phase.name() + " must complete first (" + shortfall + ")";
            }
        }
        return new Progression(releaseVersion, lifecycle, result, history);
    }

    /** What keeps a required phase from completing, or null when it is complete. */
    static String shortfall(ProgressionPhase phase, Map<String, EnvironmentOutcome> history) {
        List<String> succeeded = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (PhaseEnvironment e : phase.environments()) {
            EnvironmentOutcome outcome =
                    history.getOrDefault(e.environmentId(), EnvironmentOutcome.NONE);
            (outcome.isSuccessful() ? succeeded : missing).add(e.name());
        }
        int required = phase.environmentsRequired();
        if (succeeded.size() >= required) {
            return null;
        }
        if (required == phase.environments().size()) {
            return joinNames(missing)
                    + (missing.size() == 1 ? " has" : " have")
                    + " no successful deployment of this release";
        }
        return "it needs successful deployments to at least "
                + required
                + " of its "
                + phase.environments().size()
                + " environments and has "
                + (succeeded.isEmpty()
                        ? "none"
                        : succeeded.size() + " (" + joinNames(succeeded) + ")");
    }

    /** "A", "A and B", "A, B and C". */
    static String joinNames(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1))
                + " and "
                + names.get(names.size() - 1);
    }
}

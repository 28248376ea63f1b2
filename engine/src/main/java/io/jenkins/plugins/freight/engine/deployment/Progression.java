package io.jenkins.plugins.freight.engine.deployment;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where one release stands in its lifecycle, for one tenant (or untenanted): which environments it
 * may be deployed to now, why the others are refused, and which environments are due an automatic
 * deployment. Computed by {@link ProgressionRules#evaluate}; immutable.
 *
 * @param releaseVersion used in refusal messages
 * @param lifecycle the lifecycle evaluated
 * @param phases one entry per phase, in order
 * @param history the outcome per environment id that the evaluation used (missing = {@link
 *     EnvironmentOutcome#NONE})
 */
public record Progression(
        String releaseVersion,
        LifecycleProgression lifecycle,
        List<PhaseProgress> phases,
        Map<String, EnvironmentOutcome> history) {

    public Progression {
        phases = List.copyOf(phases);
        history = Map.copyOf(history);
    }

    public EnvironmentOutcome outcome(String environmentId) {
        return history.getOrDefault(environmentId, EnvironmentOutcome.NONE);
    }

    /** The environments the release may be deployed to now, in lifecycle order. */
    public Set<String> deployableEnvironmentIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (PhaseProgress p : phases) {
            for (PhaseEnvironment e : p.phase().environments()) {
                if (p.available() || outcome(e.environmentId()).wasDeployed()) {
                    ids.add(e.environmentId());
                }
            }
        }
        return ids;
    }

    public boolean canDeployTo(String environmentId) {
        return refusal(environmentId, environmentId).isEmpty();
    }

    /**
     * Why the release may not be deployed to the environment now, as one sentence; empty when it
     * may. Redeploying to an environment the release was already deployed to is always allowed.
     */
    public Optional<String> refusal(String environmentId, String environmentName) {
        if (outcome(environmentId).wasDeployed()) {
            return Optional.empty();
        }
        PhaseProgress first = null;
        for (PhaseProgress p : phases) {
            if (p.phase().contains(environmentId)) {
                if (p.available()) {
                    return Optional.empty();
                }
                if (first == null) {
                    first = p;
                }
            }
        }
        String prefix =
                "Release " + releaseVersion + " cannot be deployed to " + environmentName + ": ";
        if (first == null) {
            return Optional.of(
                    prefix
                            + environmentName
                            + " is not part of the lifecycle "
                            + lifecycle.lifecycleName());
        }
        return Optional.of(prefix + first.blocker());
    }

    /** Throws the refusal as an {@link InvalidInputException} when there is one. */
    public void requireDeployable(String environmentId, String environmentName) {
        Optional<String> refusal = refusal(environmentId, environmentName);
        if (refusal.isPresent()) {
            throw new InvalidInputException(refusal.get(), List.of(refusal.get()));
        }
    }

    /**
     * The environments due an automatic deployment: environments marked automatic in phases the
     * release has reached (available, not optional) where the release was never deployed.
     */
    public List<PhaseEnvironment> automaticDeployments() {
        List<PhaseEnvironment> due = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (PhaseProgress p : phases) {
            if (!p.available() || p.phase().optional()) {
                continue;
            }
            for (PhaseEnvironment e : p.phase().environments()) {
                if (e.automatic()
                        && !outcome(e.environmentId()).wasDeployed()
                        && seen.add(e.environmentId())) {
                    due.add(e);
                }
            }
        }
        return due;
    }
}

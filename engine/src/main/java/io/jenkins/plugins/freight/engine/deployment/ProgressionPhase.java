package io.jenkins.plugins.freight.engine.deployment;

import java.util.List;
import java.util.Objects;

/**
 * An effective lifecycle phase, as progression evaluates it: its environments are already resolved
 * (a phase that names no environments has been given "every environment not named elsewhere").
 *
 * @param name shown in refusal messages
 * @param environments automatic and manual environments of the phase, in display order
 * @param minimumEnvironmentsBeforePromotion how many environments must succeed before later phases
 *     open; 0 (or a number at least the phase's size) means all of them
 * @param optional whether later phases open without this phase completing; optional phases never
 *     deploy automatically
 */
public record ProgressionPhase(
        String name,
        List<PhaseEnvironment> environments,
        int minimumEnvironmentsBeforePromotion,
        boolean optional) {

    public ProgressionPhase {
        Objects.requireNonNull(name, "name");
        environments = List.copyOf(environments);
        if (minimumEnvironmentsBeforePromotion < 0) {
            throw new IllegalArgumentException(
                    "minimumEnvironmentsBeforePromotion must not be negative");
        }
    }

    /** How many successful environments complete this phase. */
    public int environmentsRequired() {
        int size = environments.size();
        return minimumEnvironmentsBeforePromotion == 0
                ? size
                : Math.min(minimumEnvironmentsBeforePromotion, size);
    }

    public boolean contains(String environmentId) {
        return environments.stream().anyMatch(e -> e.environmentId().equals(environmentId));
    }
}

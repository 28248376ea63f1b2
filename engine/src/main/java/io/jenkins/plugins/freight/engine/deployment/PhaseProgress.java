package io.jenkins.plugins.freight.engine.deployment;

import java.util.Objects;

/**
 * Where a release stands in one phase.
 *
 * @param phase the phase
 * @param available whether the release may be deployed to the phase's environments now
 * @param complete whether the phase lets later phases open (always true for optional phases)
 * @param blocker when not available: why, as the tail of a refusal sentence (e.g. "phase Test must
 *     complete first (Test has no successful deployment of this release)"); null when available
 * @param shortfall when required and not complete: what is missing, e.g. "Test has no successful
 *     deployment of this release"; null otherwise
 */
public record PhaseProgress(
        ProgressionPhase phase,
        boolean available,
        boolean complete,
        String blocker,
        String shortfall) {

    public PhaseProgress {
        Objects.requireNonNull(phase, "phase");
    }
}

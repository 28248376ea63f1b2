package io.jenkins.plugins.freight.server.releases;

import io.jenkins.plugins.freight.engine.deployment.PhaseEnvironment;
import io.jenkins.plugins.freight.engine.deployment.PhaseProgress;
import io.jenkins.plugins.freight.engine.deployment.Progression;
import io.jenkins.plugins.freight.server.http.Links;
import java.util.List;
import java.util.Map;

/**
 * Where a release stands in its lifecycle ({@code releases/{id}/progression}): the phases with
 * {@code Progress} ({@code Complete}, {@code Current}, {@code Pending}), whether each is {@code
 * Blocked} and why ({@code FreightBlockedBecause}, an extension), and the environments it may be
 * deployed to next.
 */
public record ReleaseProgressWire(
        List<PhaseWire> phases, List<String> nextDeployments, Map<String, String> links) {

    /** One phase of the progression. */
    public record PhaseWire(
            String name,
            String progress,
            boolean blocked,
            String freightBlockedBecause,
            List<String> automaticDeploymentTargets,
            List<String> optionalDeploymentTargets,
            int minimumEnvironmentsBeforePromotion,
            boolean isOptionalPhase) {

        static PhaseWire of(PhaseProgress p) {
            return new PhaseWire(
                    p.phase().name(),
                    p.complete() ? "Complete" : p.available() ? "Current" : "Pending",
                    !p.available(),
                    p.blocker(),
                    p.phase().environments().stream()
                            .filter(PhaseEnvironment::automatic)
                            .map(PhaseEnvironment::environmentId)
                            .toList(),
                    p.phase().environments().stream()
                            .filter(e -> !e.automatic())
                            .map(PhaseEnvironment::environmentId)
                            .toList(),
                    p.phase().minimumEnvironmentsBeforePromotion(),
                    p.phase().optional());
        }
    }

    static ReleaseProgressWire of(Progression p, String self, Links l) {
        return new ReleaseProgressWire(
                p.phases().stream().map(PhaseWire::of).toList(),
                p.deployableEnvironmentIds().stream()
                        .filter(id -> !p.outcome(id).wasDeployed())
                        .toList(),
                Links.of("Self", l.api(self)));
    }
}

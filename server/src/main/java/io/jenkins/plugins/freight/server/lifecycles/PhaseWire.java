package io.jenkins.plugins.freight.server.lifecycles;

import io.jenkins.plugins.freight.engine.lifecycle.Phase;
import java.util.List;

/** One phase of a lifecycle; {@code Id} is assigned by the server when blank. */
public record PhaseWire(
        String id,
        String name,
        List<String> automaticDeploymentTargets,
        List<String> optionalDeploymentTargets,
        Integer minimumEnvironmentsBeforePromotion,
        Boolean isOptionalPhase,
        Boolean isPriorityPhase,
        RetentionPeriodWire releaseRetentionPolicy,
        RetentionPeriodWire tentacleRetentionPolicy) {

    static PhaseWire of(Phase p) {
        return new PhaseWire(
                p.id(),
                p.name(),
                p.automaticDeploymentTargets(),
                p.optionalDeploymentTargets(),
                p.minimumEnvironmentsBeforePromotion(),
                p.isOptionalPhase(),
                p.isPriorityPhase(),
                RetentionPeriodWire.of(p.releaseRetentionPolicy()),
                RetentionPeriodWire.of(p.tentacleRetentionPolicy()));
    }

    Phase toPhase() {
        return new Phase(
                id == null || id.isBlank() ? null : id,
                name,
                automaticDeploymentTargets,
                optionalDeploymentTargets,
                minimumEnvironmentsBeforePromotion == null ? 0 : minimumEnvironmentsBeforePromotion,
                isOptionalPhase != null && isOptionalPhase,
                isPriorityPhase != null && isPriorityPhase,
                releaseRetentionPolicy == null ? null : releaseRetentionPolicy.toRetentionPeriod(),
                tentacleRetentionPolicy == null
                        ? null
                        : tentacleRetentionPolicy.toRetentionPeriod());
    }
}

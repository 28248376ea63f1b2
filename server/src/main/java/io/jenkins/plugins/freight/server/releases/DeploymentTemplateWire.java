package io.jenkins.plugins.freight.server.releases;

import io.jenkins.plugins.freight.engine.deployment.PhaseEnvironment;
import io.jenkins.plugins.freight.engine.deployment.PhaseProgress;
import io.jenkins.plugins.freight.engine.deployment.Progression;
import io.jenkins.plugins.freight.server.http.Links;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Octopus {@code DeploymentTemplateResource} ({@code releases/{id}/deployments/template}): the
 * environments the release may be deployed to now ({@code PromoteTo}) and whether the project's
 * process changed since the release froze it.
 */
public record DeploymentTemplateWire(
        boolean isDeploymentProcessModified,
        String deploymentNotes,
        boolean isVariableSetModified,
        boolean isLibraryVariableSetModified,
        List<PromotionWire> promoteTo,
        List<Object> tenantPromotions,
        Map<String, String> links) {

    /** An environment the release may be deployed to. */
    public record PromotionWire(String id, String name, boolean useGuidedFailure) {}

    static DeploymentTemplateWire of(Progression p, boolean processModified, String self, Links l) {
        Map<String, String> names = new LinkedHashMap<>();
        for (PhaseProgress phase : p.phases()) {
            for (PhaseEnvironment e : phase.phase().environments()) {
                names.putIfAbsent(e.environmentId(), e.name());
            }
        }
        return new DeploymentTemplateWire(
                processModified,
                null,
                false,
                false,
                p.deployableEnvironmentIds().stream()
                        .map(id -> new PromotionWire(id, names.get(id), false))
                        .toList(),
                List.of(),
                Links.of("Self", l.api(self)));
    }
}

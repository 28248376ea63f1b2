package io.jenkins.plugins.freight.server.projects;

import io.jenkins.plugins.freight.engine.project.ActionPackage;
import io.jenkins.plugins.freight.engine.project.ProjectConnectivityPolicy;
import io.jenkins.plugins.freight.engine.project.ProjectTemplate;
import io.jenkins.plugins.freight.engine.project.ReleaseCreationStrategy;
import io.jenkins.plugins.freight.engine.project.VersioningStrategy;
import java.util.List;
import java.util.Map;

/** The nested parts of the Octopus {@code Project} resource, each with its one mapping. */
final class ProjectParts {

    private ProjectParts() {}

    record ActionPackageWire(String deploymentAction, String packageReference) {
        static ActionPackageWire of(ActionPackage p) {
            return p == null
                    ? null
                    : new ActionPackageWire(p.deploymentAction(), p.packageReference());
        }

        ActionPackage toActionPackage() {
            return deploymentAction == null
                    ? null
                    : new ActionPackage(deploymentAction, packageReference);
        }
    }

    record VersioningStrategyWire(
            String template, ActionPackageWire donorPackage, String donorPackageStepId) {
        static VersioningStrategyWire of(VersioningStrategy s) {
            return new VersioningStrategyWire(
                    s.template(), ActionPackageWire.of(s.donorPackage()), s.donorPackageStepId());
        }

        VersioningStrategy toStrategy() {
            return new VersioningStrategy(
                    template,
                    donorPackage == null ? null : donorPackage.toActionPackage(),
                    donorPackageStepId);
        }
    }

    record ReleaseCreationStrategyWire(
            String channelId,
            ActionPackageWire releaseCreationPackage,
            String releaseCreationPackageStepId) {
        static ReleaseCreationStrategyWire of(ReleaseCreationStrategy s) {
            return new ReleaseCreationStrategyWire(
                    s.channelId(),
                    ActionPackageWire.of(s.releaseCreationPackage()),
                    s.releaseCreationPackageStepId());
        }

        ReleaseCreationStrategy toStrategy() {
            return new ReleaseCreationStrategy(
                    channelId,
                    releaseCreationPackage == null
                            ? null
                            : releaseCreationPackage.toActionPackage(),
                    releaseCreationPackageStepId);
        }
    }

    record ConnectivityWire(
            String skipMachineBehavior,
            List<String> targetRoles,
            Boolean allowDeploymentsToNoTargets,
            Boolean excludeUnhealthyTargets) {
        static ConnectivityWire of(ProjectConnectivityPolicy p) {
            return new ConnectivityWire(
                    p.skipUnavailableMachines() ? "SkipUnavailableMachines" : "None",
                    p.targetRoles(),
                    p.allowDeploymentsToNoTargets(),
                    p.excludeUnhealthyTargets());
        }

        ProjectConnectivityPolicy toPolicy() {
            return new ProjectConnectivityPolicy(
                    "SkipUnavailableMachines".equalsIgnoreCase(skipMachineBehavior),
                    targetRoles == null ? List.of() : targetRoles,
                    allowDeploymentsToNoTargets != null && allowDeploymentsToNoTargets,
                    excludeUnhealthyTargets != null && excludeUnhealthyTargets);
        }
    }

    record TemplateWire(
            String id,
            String name,
            String label,
            String helpText,
            String defaultValue,
            Map<String, String> displaySettings) {
        static TemplateWire of(ProjectTemplate t) {
            return new TemplateWire(
                    t.id(),
                    t.name(),
                    t.label(),
                    t.helpText(),
                    t.defaultValue(),
                    t.displaySettings());
        }

        ProjectTemplate toTemplate() {
            return new ProjectTemplate(
                    id == null || id.isBlank() ? null : id,
                    name,
                    label,
                    helpText,
                    defaultValue,
                    displaySettings == null ? Map.of() : displaySettings);
        }
    }
}

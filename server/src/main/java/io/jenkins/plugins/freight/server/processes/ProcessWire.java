package io.jenkins.plugins.freight.server.processes;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.freight.engine.process.ActionCondition;
import io.jenkins.plugins.freight.engine.process.ActionContainer;
import io.jenkins.plugins.freight.engine.process.DeploymentAction;
import io.jenkins.plugins.freight.engine.process.DeploymentProcess;
import io.jenkins.plugins.freight.engine.process.DeploymentStep;
import io.jenkins.plugins.freight.engine.process.PackageReference;
import io.jenkins.plugins.freight.engine.process.PackageRequirement;
import io.jenkins.plugins.freight.engine.process.StartTrigger;
import io.jenkins.plugins.freight.engine.process.StepCondition;
import io.jenkins.plugins.freight.server.http.Links;
import io.jenkins.plugins.freight.server.http.WireEnums;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The Octopus {@code DeploymentProcess} resource with its steps, actions and package references;
 * also the body of updates ({@code Version} must be the stored one).
 */
public record ProcessWire(
        String id,
        String spaceId,
        String projectId,
        Integer version,
        String lastSnapshotId,
        List<StepWire> steps,
        Instant lastModifiedOn,
        String lastModifiedBy,
        Map<String, String> links) {

    public record StepWire(
            String id,
            String name,
            String condition,
            String startTrigger,
            String packageRequirement,
            JsonNode properties,
            List<ActionWire> actions) {

        static StepWire of(DeploymentStep s) {
            return new StepWire(
                    s.id(),
                    s.name(),
                    s.condition().octopusName(),
                    s.startTrigger().octopusName(),
                    s.packageRequirement().octopusName(),
                    tree(s.properties()),
                    s.actions().stream().map(ActionWire::of).toList());
        }

        DeploymentStep toStep() {
            return new DeploymentStep(
                    blankToNull(id),
                    name,
                    WireEnums.parse(
                            StepCondition::fromOctopusName,
                            condition,
                            StepCondition.SUCCESS,
                            "Condition",
                            "Success, Failure, Always, Variable"),
                    WireEnums.parse(
                            StartTrigger::fromOctopusName,
                            startTrigger,
                            StartTrigger.START_AFTER_PREVIOUS,
                            "StartTrigger",
                            "StartAfterPrevious, StartWithPrevious"),
                    WireEnums.parse(
                            PackageRequirement::fromOctopusName,
                            packageRequirement,
                            PackageRequirement.LET_OCTOPUS_DECIDE,
                            "PackageRequirement",
                            "LetOctopusDecide, BeforePackageAcquisition, AfterPackageAcquisition"),
                    PropertyValues.read(properties, "step '" + name + "'"),
                    actions == null
                            ? List.of()
                            : actions.stream().map(ActionWire::toAction).toList());
        }
    }

    public record ActionWire(
            String id,
            String name,
            String actionType,
            Boolean isDisabled,
            Boolean isRequired,
            List<String> environments,
            List<String> excludedEnvironments,
            List<String> channels,
            List<String> tenantTags,
            List<PackageWire> packages,
            JsonNode properties,
            String notes,
            String condition,
            String workerPoolId,
            String workerPoolVariable,
            ContainerWire container,
            Boolean canBeUsedForProjectVersioning) {

        static ActionWire of(DeploymentAction a) {
            return new ActionWire(
                    a.id(),
                    a.name(),
                    a.actionType(),
                    a.isDisabled(),
                    a.isRequired(),
                    a.environments(),
                    a.excludedEnvironments(),
                    a.channels(),
                    a.tenantTags(),
                    a.packages().stream().map(PackageWire::of).toList(),
                    tree(a.properties()),
                    a.notes(),
                    a.condition() == null ? null : a.condition().octopusName(),
                    a.workerPoolId(),
                    a.workerPoolVariable(),
                    a.container() == null
                            ? new ContainerWire(null, null)
                            : new ContainerWire(a.container().feedId(), a.container().image()),
                    a.canBeUsedForProjectVersioning());
        }

        DeploymentAction toAction() {
            return new DeploymentAction(
                    blankToNull(id),
                    name,
                    actionType,
                    isDisabled != null && isDisabled,
                    isRequired != null && isRequired,
                    environments,
                    excludedEnvironments,
                    channels,
                    tenantTags,
                    packages == null
                            ? List.of()
                            : packages.stream().map(PackageWire::toReference).toList(),
                    PropertyValues.read(properties, "action '" + name + "'"),
                    notes,
                    WireEnums.parse(
                            ActionCondition::fromOctopusName,
                            condition,
                            ActionCondition.SUCCESS,
                            "Condition",
                            "Success, Variable"),
                    workerPoolId,
                    workerPoolVariable,
                    container == null || (container.feedId() == null && container.image() == null)
                            ? null
                            : new ActionContainer(container.feedId(), container.image()),
                    canBeUsedForProjectVersioning != null && canBeUsedForProjectVersioning);
        }
    }

    public record PackageWire(
            String id,
            String name,
            String packageId,
            String feedId,
            String acquisitionLocation,
            Map<String, String> properties) {

        static PackageWire of(PackageReference p) {
            return new PackageWire(
                    p.id(),
                    p.name(),
                    p.packageId(),
                    p.feedId(),
                    p.acquisitionLocation(),
                    p.properties());
        }

        PackageReference toReference() {
            return new PackageReference(
                    blankToNull(id),
                    name == null ? "" : name,
                    packageId,
                    feedId,
                    acquisitionLocation,
                    properties == null ? Map.of() : properties);
        }
    }

    public record ContainerWire(String feedId, String image) {}

    static ProcessWire of(DeploymentProcess p, Links l) {
        String space = "/" + Links.segment(p.spaceId());
        String project = space + "/projects/" + Links.segment(p.projectId());
        boolean live = p.id().equals("deploymentprocess-" + p.projectId());
        String self =
                live
                        ? project + "/deploymentprocesses"
                        : space + "/deploymentprocesses/" + Links.segment(p.id());
        return new ProcessWire(
                p.id(),
                p.spaceId(),
                p.projectId(),
                p.version(),
                p.lastSnapshotId(),
                p.steps().stream().map(StepWire::of).toList(),
                p.lastModifiedOn(),
                p.lastModifiedBy(),
                Links.of(
                        "Self", l.api(self),
                        "Project", l.api(project),
                        "Template",
                                l.api(
                                        space
                                                + "/deploymentprocesses/"
                                                + Links.segment(p.id())
                                                + "/template{?channel,releaseId}")));
    }

    DeploymentProcess toProcess() {
        return new DeploymentProcess(
                id,
                spaceId,
                projectId,
                version == null ? -1 : version,
                steps == null ? List.of() : steps.stream().map(StepWire::toStep).toList(),
                lastSnapshotId,
                null,
                null);
    }

    private static JsonNode tree(Map<String, String> properties) {
        return io.jenkins.plugins.freight.server.http.Json.mapper().valueToTree(properties);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

package io.jenkins.plugins.freight.server.deployments;

import io.jenkins.plugins.freight.engine.deployment.Deployment;
import io.jenkins.plugins.freight.server.http.Links;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The Octopus {@code Deployment} resource. Prompted values of sensitive variables are never
 * returned: {@code FormValues} holds the others only.
 */
public record DeploymentWire(
        String id,
        String releaseId,
        String environmentId,
        String tenantId,
        String projectId,
        String channelId,
        String deploymentProcessId,
        String manifestVariableSetId,
        String taskId,
        String name,
        Instant created,
        String comments,
        Map<String, String> formValues,
        boolean forcePackageDownload,
        boolean forcePackageRedeployment,
        boolean useGuidedFailure,
        List<String> specificMachineIds,
        List<String> excludedMachineIds,
        List<String> skipActions,
        Instant queueTime,
        Instant queueTimeExpiry,
        String priority,
        String deployedBy,
        String deployedById,
        boolean failureEncountered,
        String spaceId,
        List<Object> changes,
        String changesMarkdown,
        Map<String, String> links) {

    static DeploymentWire of(Deployment d, Links l) {
        String space = "/" + Links.segment(d.spaceId());
        String self = space + "/deployments/" + Links.segment(d.id());
        return new DeploymentWire(
                d.id(),
                d.releaseId(),
                d.environmentId(),
                d.tenantId(),
                d.projectId(),
                d.channelId(),
                d.processSnapshotId(),
                d.variableSnapshotId(),
                d.taskId(),
                d.name(),
                d.created(),
                d.comments(),
                d.formValues(),
                d.forcePackageDownload(),
                d.forcePackageRedeployment(),
                d.useGuidedFailure(),
                d.specificMachineIds(),
                d.excludedMachineIds(),
                d.skipActions(),
                d.queueTime(),
                d.queueTimeExpiry(),
                "LifecycleDefault",
                d.deployedBy(),
                d.deployedById(),
                false,
                d.spaceId(),
                List.of(),
                "",
                Links.of(
                        "Self", l.api(self),
                        "Release", l.api(space + "/releases/" + Links.segment(d.releaseId())),
                        "Environment",
                                l.api(space + "/environments/" + Links.segment(d.environmentId())),
                        "Project", l.api(space + "/projects/" + Links.segment(d.projectId())),
                        "Task", l.api("/tasks/" + Links.segment(d.taskId())),
                        "Interruptions", l.api(space + "/interruptions?regarding=" + d.id()),
                        "Web", l.web(space + "/tasks/" + Links.segment(d.taskId()))));
    }
}

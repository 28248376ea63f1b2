package io.jenkins.plugins.freight.server.deployments;

import io.jenkins.plugins.freight.engine.deployment.CreateDeploymentRequest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** What clients send to deploy, and how each maps to the engine's one request. */
final class DeploymentBodies {

    private DeploymentBodies() {}

    /**
     * The executions API, {@code deployments/create/untenanted/v1} and {@code tenanted/v1}: names
     * or ids. Untenanted has {@code EnvironmentNames}, tenanted one {@code EnvironmentName} with
     * {@code Tenants} and {@code TenantTags}. {@code UseGuidedFailure} null means the project's or
     * environment's default.
     */
    record CreateV1(
            String projectName,
            String releaseVersion,
            List<String> environmentNames,
            String environmentName,
            List<String> tenants,
            List<String> tenantTags,
            Boolean forcePackageDownload,
            Boolean forcePackageRedeployment,
            Boolean updateVariableSnapshot,
            List<String> specificMachineNames,
            List<String> excludedMachineNames,
            List<String> skipStepNames,
            Boolean useGuidedFailure,
            OffsetDateTime runAt,
            OffsetDateTime noRunAfter,
            Map<String, String> variables) {

        CreateDeploymentRequest toRequest(boolean tenanted) {
            List<String> environments =
                    tenanted
                            ? (environmentName == null ? List.of() : List.of(environmentName))
                            : list(environmentNames);
            return new CreateDeploymentRequest(
                    null,
                    projectName,
                    releaseVersion,
                    null,
                    environments,
                    tenanted ? list(tenants) : List.of(),
                    tenanted ? list(tenantTags) : List.of(),
                    null,
                    useGuidedFailure,
                    list(skipStepNames),
                    list(specificMachineNames),
                    list(excludedMachineNames),
                    runAt == null ? null : runAt.toInstant(),
                    noRunAfter == null ? null : noRunAfter.toInstant(),
                    variables == null ? Map.of() : variables,
                    forcePackageDownload != null && forcePackageDownload,
                    forcePackageRedeployment != null && forcePackageRedeployment);
        }
    }

    /** The classic {@code POST deployments}: one release to one environment (and tenant). */
    record Classic(
            String releaseId,
            String environmentId,
            String tenantId,
            String comments,
            Map<String, String> formValues,
            Boolean forcePackageDownload,
            Boolean forcePackageRedeployment,
            Boolean useGuidedFailure,
            List<String> specificMachineIds,
            List<String> excludedMachineIds,
            List<String> skipActions,
            OffsetDateTime queueTime,
            OffsetDateTime queueTimeExpiry) {

        CreateDeploymentRequest toRequest() {
            return new CreateDeploymentRequest(
                    releaseId,
                    null,
                    null,
                    null,
                    environmentId == null ? List.of() : List.of(environmentId),
                    tenantId == null || tenantId.isBlank() ? List.of() : List.of(tenantId),
                    List.of(),
                    comments,
                    useGuidedFailure,
                    list(skipActions),
                    list(specificMachineIds),
                    list(excludedMachineIds),
                    queueTime == null ? null : queueTime.toInstant(),
                    queueTimeExpiry == null ? null : queueTimeExpiry.toInstant(),
                    formValues == null ? Map.of() : formValues,
                    forcePackageDownload != null && forcePackageDownload,
                    forcePackageRedeployment != null && forcePackageRedeployment);
        }
    }

    /** The answer of the executions API: one entry per deployment created. */
    record CreatedV1(List<DeploymentServerTask> deploymentServerTasks) {}

    record DeploymentServerTask(String deploymentId, String serverTaskId) {}

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }
}

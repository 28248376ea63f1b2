package io.jenkins.plugins.freight.engine.deployment;

import io.jenkins.plugins.freight.engine.space.Documents;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A deployment: one release to one environment (for one tenant, or untenanted), run by one {@code
 * Deploy} server task whose state is the deployment's state.
 *
 * @param id {@code Deployments-N}
 * @param spaceId the space
 * @param releaseId the release deployed
 * @param projectId the release's project
 * @param channelId the release's channel
 * @param environmentId the environment deployed to
 * @param tenantId the tenant deployed for, or null when untenanted
 * @param taskId the {@code ServerTasks-N} that runs it (task argument {@code DeploymentId})
 * @param name e.g. "Deploy to Production" (plus " for Tenant" when tenanted)
 * @param comments free text from whoever deployed
 * @param processSnapshotId the release's frozen deployment process
 * @param variableSnapshotId the release's frozen variables when the deployment was created, or null
 * @param useGuidedFailure whether failures wait for a person (asked for, else the project's
 *     default, else the environment's)
 * @param forcePackageDownload download packages even when already on the target
 * @param forcePackageRedeployment deploy packages even when already installed
 * @param skipActions ids of the process actions this deployment skips
 * @param specificMachineIds only these targets (empty: every matching target)
 * @param excludedMachineIds never these targets
 * @param formValues values of prompted variables, by variable name (not sensitive ones)
 * @param sensitiveFormValues values of sensitive prompted variables, by variable name, encrypted;
 *     {@link DeploymentService#promptedValues} decrypts them for execution
 * @param queueTime not before (null: as soon as possible)
 * @param queueTimeExpiry not after; a deployment not started by then times out (null: never)
 * @param created when it was created
 * @param deployedById {@code Users-N}, or {@code system} for automatic deployments
 * @param deployedBy the user name
 */
public record Deployment(
        String id,
        String spaceId,
        String releaseId,
        String projectId,
        String channelId,
        String environmentId,
        String tenantId,
        String taskId,
        String name,
        String comments,
        String processSnapshotId,
        String variableSnapshotId,
        boolean useGuidedFailure,
        boolean forcePackageDownload,
        boolean forcePackageRedeployment,
        List<String> skipActions,
        List<String> specificMachineIds,
        List<String> excludedMachineIds,
        Map<String, String> formValues,
        Map<String, String> sensitiveFormValues,
        Instant queueTime,
        Instant queueTimeExpiry,
        Instant created,
        String deployedById,
        String deployedBy) {

    public Deployment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(releaseId, "releaseId");
        Objects.requireNonNull(environmentId, "environmentId");
        comments = comments == null ? "" : comments;
        skipActions = Documents.listCopy(skipActions);
        specificMachineIds = Documents.listCopy(specificMachineIds);
        excludedMachineIds = Documents.listCopy(excludedMachineIds);
        formValues = Documents.orderedCopy(formValues);
        sensitiveFormValues = Documents.orderedCopy(sensitiveFormValues);
    }

    /** Names the deployment and its release and environment, never a prompted value. */
    @Override
    public String toString() {
        return "Deployment[id="
                + id
                + ", release="
                + releaseId
                + ", environment="
                + environmentId
                + ", tenant="
                + tenantId
                + ", task="
                + taskId
                + ", formValues="
                + formValues.keySet()
                + ", sensitiveFormValues="
                + sensitiveFormValues.keySet()
                + "]";
    }
}

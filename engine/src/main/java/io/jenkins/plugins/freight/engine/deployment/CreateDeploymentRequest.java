package io.jenkins.plugins.freight.engine.deployment;

import io.jenkins.plugins.freight.engine.space.Documents;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What {@link DeploymentService#create} needs: which release (by id, by project and version, or the
 * release that is current in another environment), where to, and how.
 *
 * @param releaseId the release's id; or null with {@code project}
 * @param project the project's id, slug or name (with {@code releaseVersion} or {@code
 *     promoteFrom})
 * @param releaseVersion the release's version (compared semantically)
 * @param promoteFrom an environment (id, slug or name): deploy the release that is current there,
 *     i.e. of the newest successful deployment (per tenant when tenanted)
 * @param environments environments (ids, slugs or names) to deploy to, one deployment each
 * @param tenants tenants (ids, slugs or names) to deploy for, one deployment each per environment
 * @param tenantTags {@code TagSet/Tag}: also every tenant with these tags that deploys the project
 *     to the environment
 * @param comments free text
 * @param useGuidedFailure true/false, or null for the project's (then the environment's) default
 * @param skipActions actions (ids or names) to skip; required actions cannot be skipped
 * @param specificMachines only these targets (ids or names)
 * @param excludedMachines never these targets (ids or names)
 * @param queueTime run at (null: now); at most 30 days ahead
 * @param queueTimeExpiry no run after (null: never); must be after {@code queueTime}
 * @param formValues prompted variable values by variable name or id
 * @param forcePackageDownload download packages even when the target has them
 * @param forcePackageRedeployment deploy packages even when already installed
 */
public record CreateDeploymentRequest(
        String releaseId,
        String project,
        String releaseVersion,
        String promoteFrom,
        List<String> environments,
        List<String> tenants,
        List<String> tenantTags,
        String comments,
        Boolean useGuidedFailure,
        List<String> skipActions,
        List<String> specificMachines,
        List<String> excludedMachines,
        Instant queueTime,
        Instant queueTimeExpiry,
        Map<String, String> formValues,
        boolean forcePackageDownload,
        boolean forcePackageRedeployment) {

    public CreateDeploymentRequest {
        releaseId = Documents.blankToNull(releaseId);
        project = Documents.blankToNull(project);
        releaseVersion = Documents.blankToNull(releaseVersion);
        promoteFrom = Documents.blankToNull(promoteFrom);
        environments = Documents.listCopy(environments);
        tenants = Documents.listCopy(tenants);
        tenantTags = Documents.listCopy(tenantTags);
        comments = comments == null ? "" : comments;
        skipActions = Documents.listCopy(skipActions);
        specificMachines = Documents.listCopy(specificMachines);
        excludedMachines = Documents.listCopy(excludedMachines);
        formValues = Documents.orderedCopy(formValues);
    }

    /** Deploys a release (by id) to environments. */
    public static CreateDeploymentRequest release(String releaseId, String... environments) {
        return new CreateDeploymentRequest(
                releaseId,
                null,
                null,
                null,
                List.of(environments),
                null,
                null,
                "",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                false);
    }

    /** Deploys a project's release (by version) to environments. */
    public static CreateDeploymentRequest version(
            String project, String releaseVersion, String... environments) {
        return new CreateDeploymentRequest(
                null,
                project,
                releaseVersion,
                null,
                List.of(environments),
                null,
                null,
                "",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                false);
    }

    /** Deploys the release that is current in {@code from} to environments. */
    public static CreateDeploymentRequest promote(
            String project, String from, String... environments) {
        return new CreateDeploymentRequest(
                null,
                project,
                null,
                from,
                List.of(environments),
                null,
                null,
                "",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                false);
    }

    public CreateDeploymentRequest forTenants(List<String> names, List<String> tags) {
        return new CreateDeploymentRequest(
                releaseId,
                project,
                releaseVersion,
                promoteFrom,
                environments,
                names,
                tags,
                comments,
                useGuidedFailure,
                skipActions,
                specificMachines,
                excludedMachines,
                queueTime,
                queueTimeExpiry,
                formValues,
                forcePackageDownload,
                forcePackageRedeployment);
    }

    public CreateDeploymentRequest withComments(String value) {
        return new CreateDeploymentRequest(
                releaseId,
                project,
                releaseVersion,
                promoteFrom,
                environments,
                tenants,
                tenantTags,
                value,
                useGuidedFailure,
                skipActions,
                specificMachines,
                excludedMachines,
                queueTime,
                queueTimeExpiry,
                formValues,
                forcePackageDownload,
                forcePackageRedeployment);
    }

    public CreateDeploymentRequest withGuidedFailure(Boolean value) {
        return new CreateDeploymentRequest(
                releaseId,
                project,
                releaseVersion,
                promoteFrom,
                environments,
                tenants,
                tenantTags,
                comments,
                value,
                skipActions,
                specificMachines,
                excludedMachines,
                queueTime,
                queueTimeExpiry,
                formValues,
                forcePackageDownload,
                forcePackageRedeployment);
    }

    public CreateDeploymentRequest skipping(List<String> actions) {
        return new CreateDeploymentRequest(
                releaseId,
                project,
                releaseVersion,
                promoteFrom,
                environments,
                tenants,
                tenantTags,
                comments,
                useGuidedFailure,
                actions,
                specificMachines,
                excludedMachines,
                queueTime,
                queueTimeExpiry,
                formValues,
                forcePackageDownload,
                forcePackageRedeployment);
    }

    public CreateDeploymentRequest onMachines(List<String> specific, List<String> excluded) {
        return new CreateDeploymentRequest(
                releaseId,
                project,
                releaseVersion,
                promoteFrom,
                environments,
                tenants,
                tenantTags,
                comments,
                useGuidedFailure,
                skipActions,
                specific,
                excluded,
                queueTime,
                queueTimeExpiry,
                formValues,
                forcePackageDownload,
                forcePackageRedeployment);
    }

    public CreateDeploymentRequest scheduled(Instant runAt, Instant noRunAfter) {
        return new CreateDeploymentRequest(
                releaseId,
                project,
                releaseVersion,
                promoteFrom,
                environments,
                tenants,
                tenantTags,
                comments,
                useGuidedFailure,
                skipActions,
                specificMachines,
                excludedMachines,
                runAt,
                noRunAfter,
                formValues,
                forcePackageDownload,
                forcePackageRedeployment);
    }

    public CreateDeploymentRequest withFormValues(Map<String, String> value) {
        return new CreateDeploymentRequest(
                releaseId,
                project,
                releaseVersion,
                promoteFrom,
                environments,
                tenants,
                tenantTags,
                comments,
                useGuidedFailure,
                skipActions,
                specificMachines,
                excludedMachines,
                queueTime,
                queueTimeExpiry,
                value,
                forcePackageDownload,
                forcePackageRedeployment);
    }

    public CreateDeploymentRequest forcingPackages(boolean download, boolean redeployment) {
        return new CreateDeploymentRequest(
                releaseId,
                project,
                releaseVersion,
                promoteFrom,
                environments,
                tenants,
                tenantTags,
                comments,
                useGuidedFailure,
                skipActions,
                specificMachines,
                excludedMachines,
                queueTime,
                queueTimeExpiry,
                formValues,
                download,
                redeployment);
    }

    /** Never includes form values: some may be sensitive. */
    @Override
    public String toString() {
        return "CreateDeploymentRequest[release="
                + (releaseId != null ? releaseId : project + " " + releaseVersion)
                + ", environments="
                + environments
                + ", tenants="
                + tenants
                + ", formValues="
                + formValues.keySet()
                + "]";
    }
}

package io.jenkins.plugins.freight.client.actions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Where and how to deploy a release. Every listed environment gets a deployment (and, for tenanted
 * deployments, every tenant in every environment).
 *
 * @param environments environment names or ids; at least one
 * @param tenants tenant names or ids for a tenanted deployment; empty for untenanted
 * @param tenantTags tenant tags ({@code TagSet/Tag}) selecting tenants
 * @param variables prompted variables by name
 * @param skipSteps names of steps to skip
 * @param guidedFailure {@code true}/{@code false}, or {@code null} for the environment's default
 * @param runAt when to start, or {@code null} for now
 * @param noRunAfter when a scheduled deployment may start at the latest, or {@code null}
 * @param forcePackageDownload download packages again even if the target has them
 * @param await how to wait for the deployments, or {@code null} not to wait
 */
public record DeploymentOptions(
        List<String> environments,
        List<String> tenants,
        List<String> tenantTags,
        Map<String, String> variables,
        List<String> skipSteps,
        Boolean guidedFailure,
        OffsetDateTime runAt,
        OffsetDateTime noRunAfter,
        boolean forcePackageDownload,
        AwaitOptions await) {

    public DeploymentOptions {
        environments = clean(environments);
        tenants = clean(tenants);
        tenantTags = clean(tenantTags);
        skipSteps = clean(skipSteps);
        variables = variables == null ? Map.of() : Map.copyOf(variables);
    }

    private static List<String> clean(List<String> values) {
        return values == null
                ? List.of()
                : values.stream().map(String::trim).filter(v -> !v.isEmpty()).distinct().toList();
    }

    /** Deploy to these environments, untenanted, without waiting. */
    public static DeploymentOptions to(List<String> environments) {
        return new DeploymentOptions(
                environments, null, null, null, null, null, null, null, false, null);
    }

    public DeploymentOptions withEnvironments(List<String> value) {
        return new DeploymentOptions(
                value,
                tenants,
                tenantTags,
                variables,
                skipSteps,
                guidedFailure,
                runAt,
                noRunAfter,
                forcePackageDownload,
                await);
    }

    public DeploymentOptions withTenants(List<String> value, List<String> tags) {
        return new DeploymentOptions(
                environments,
                value,
                tags,
                variables,
                skipSteps,
                guidedFailure,
                runAt,
                noRunAfter,
                forcePackageDownload,
                await);
    }

    public DeploymentOptions withVariables(Map<String, String> value) {
        return new DeploymentOptions(
                environments,
                tenants,
                tenantTags,
                value,
                skipSteps,
                guidedFailure,
                runAt,
                noRunAfter,
                forcePackageDownload,
                await);
    }

    public DeploymentOptions withSkipSteps(List<String> value) {
        return new DeploymentOptions(
                environments,
                tenants,
                tenantTags,
                variables,
                value,
                guidedFailure,
                runAt,
                noRunAfter,
                forcePackageDownload,
                await);
    }

    public DeploymentOptions withGuidedFailure(Boolean value) {
        return new DeploymentOptions(
                environments,
                tenants,
                tenantTags,
                variables,
                skipSteps,
                value,
                runAt,
                noRunAfter,
                forcePackageDownload,
                await);
    }

    public DeploymentOptions withSchedule(OffsetDateTime at, OffsetDateTime notAfter) {
        return new DeploymentOptions(
                environments,
                tenants,
                tenantTags,
                variables,
                skipSteps,
                guidedFailure,
                at,
                notAfter,
                forcePackageDownload,
                await);
    }

    public DeploymentOptions withAwait(AwaitOptions value) {
        return new DeploymentOptions(
                environments,
                tenants,
                tenantTags,
                variables,
                skipSteps,
                guidedFailure,
                runAt,
                noRunAfter,
                forcePackageDownload,
                value);
    }

    /** Whether the deployments go to tenants. */
    public boolean isTenanted() {
        return !tenants.isEmpty() || !tenantTags.isEmpty();
    }
}

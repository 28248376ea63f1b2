package io.jenkins.plugins.freight.client.deployment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jenkins.plugins.freight.client.transport.Links;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/{space}/deployments/create/untenanted/v1} (when {@code tenants} and
 * {@code tenantTags} are empty; {@code environmentNames} may hold several environments) or {@code
 * .../tenanted/v1} (one {@code environmentName}, several tenants).
 *
 * @param useGuidedFailure {@code null} uses the environment's or project's default
 * @param variables prompted variables by name
 * @param runAt when to start, or {@code null} for now
 * @param noRunAfter when a scheduled deployment expires, or {@code null}
 */
public record CreateDeploymentCommand(
        @JsonProperty("spaceId") String spaceId,
        @JsonProperty("spaceIdOrName") String spaceIdOrName,
        String projectName,
        String releaseVersion,
        List<String> environmentNames,
        String environmentName,
        List<String> tenants,
        List<String> tenantTags,
        List<String> skipStepNames,
        List<String> specificMachineNames,
        List<String> excludedMachineNames,
        Boolean useGuidedFailure,
        boolean forcePackageDownload,
        Map<String, String> variables,
        OffsetDateTime runAt,
        OffsetDateTime noRunAfter) {

    public CreateDeploymentCommand {
        environmentNames = Links.copy(environmentNames);
        tenants = Links.copy(tenants);
        tenantTags = Links.copy(tenantTags);
        skipStepNames = Links.copy(skipStepNames);
        specificMachineNames = Links.copy(specificMachineNames);
        excludedMachineNames = Links.copy(excludedMachineNames);
        variables = Links.copy(variables);
    }

    /** Whether this goes to {@code tenanted/v1}. */
    @JsonIgnore
    public boolean isTenanted() {
        return !tenants.isEmpty() || !tenantTags.isEmpty();
    }
}

package io.jenkins.plugins.freight.client.actions;

import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.deployment.Deployment;
import io.jenkins.plugins.freight.client.environment.Environment;
import io.jenkins.plugins.freight.client.project.Project;
import io.jenkins.plugins.freight.client.release.Release;
import io.jenkins.plugins.freight.client.tenant.Tenant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Deploys the release that is current in one environment (its latest successful deployment) to
 * other environments. For tenants, every tenant must have the same current release.
 */
public final class PromoteAction {

    private final FreightClient client;
    private final ProgressListener listener;

    public PromoteAction(FreightClient client, ProgressListener listener) {
        this.client = client;
        this.listener = listener;
    }

    public DeployResult promote(PromoteRequest request) throws InterruptedException {
        if (request.fromEnvironment() == null || request.fromEnvironment().isBlank()) {
            throw new InvalidActionInputException("Say which environment to promote from.");
        }
        if (request.deployment().environments().isEmpty()) {
            throw new InvalidActionInputException("Say which environments to promote to.");
        }
        Project project = client.projects().get(request.project());
        Environment from = client.environments().get(request.fromEnvironment());
        Release release = current(project, from, request.deployment());
        listener.line(
                ProgressListener.Level.INFO,
                "Promoting " + project.name() + " " + release.version() + " from " + from.name());
        return new DeployAction(client, listener).deploy(project, release, request.deployment());
    }

    private Release current(Project project, Environment from, DeploymentOptions options) {
        List<Tenant> tenants = options.tenants().stream().map(client.tenants()::get).toList();
        List<String> tenantIds = new ArrayList<>();
        tenants.forEach(t -> tenantIds.add(t.id()));
        if (tenantIds.isEmpty()) {
            tenantIds.add(null);
        }
        Set<String> releaseIds = new LinkedHashSet<>();
        for (String tenantId : tenantIds) {
            Deployment latest =
                    client.deployments()
                            .latestSuccessful(project.id(), from.id(), tenantId)
                            .orElseThrow(
                                    () ->
                                            new InvalidActionInputException(
                                                    "Nothing of "
                                                            + project.name()
                                                            + " has been deployed successfully to "
                                                            + from.name()
                                                            + (tenantId == null
                                                                    ? ""
                                                                    : " for tenant " + tenantId)
                                                            + ", so there is nothing to promote."));
            releaseIds.add(latest.releaseId());
        }
        if (releaseIds.size() > 1) {
            throw new InvalidActionInputException(
                    "The tenants have different releases in "
                            + from.name()
                            + " ("
                            + String.join(", ", releaseIds)
                            + "); promote them separately.");
        }
        return client.releases().get(releaseIds.iterator().next());
    }
}

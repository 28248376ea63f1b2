package io.jenkins.plugins.freight.client.actions;

import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.deployment.CreateDeploymentCommand;
import io.jenkins.plugins.freight.client.deployment.CreatedDeployments;
import io.jenkins.plugins.freight.client.deployment.Deployment;
import io.jenkins.plugins.freight.client.environment.Environment;
import io.jenkins.plugins.freight.client.project.Channel;
import io.jenkins.plugins.freight.client.project.Project;
import io.jenkins.plugins.freight.client.release.Release;
import io.jenkins.plugins.freight.client.tenant.Tenant;
import java.util.ArrayList;
import java.util.List;

/**
 * Deploys a release (a version or {@code latest}) to every environment listed, or to every tenant
 * in them, and optionally waits while streaming progress. All names are resolved before anything is
 * created, so a typo changes nothing.
 */
public final class DeployAction {

    private final FreightClient client;
    private final ProgressListener listener;

    public DeployAction(FreightClient client, ProgressListener listener) {
        this.client = client;
        this.listener = listener;
    }

    /**
     * @throws DeploymentFailedException when waiting and a deployment did not succeed; carries the
     *     {@link DeployResult}
     * @throws InterruptedException when interrupted while waiting (deployments canceled first if
     *     the await options say so)
     */
    public DeployResult deploy(DeployRequest request) throws InterruptedException {
        requireTargets(request.deployment());
        Project project = client.projects().get(request.project());
        Release release = release(project, request);
        return deploy(project, release, request.deployment());
    }

    /** Deploys a release already looked up (used by create-release and promote). */
    DeployResult deploy(Project project, Release release, DeploymentOptions options)
            throws InterruptedException {
        requireTargets(options);
        List<Environment> environments =
                options.environments().stream().map(client.environments()::get).toList();
        List<Tenant> tenants = options.tenants().stream().map(client.tenants()::get).toList();
        listener.line(
                ProgressListener.Level.INFO,
                "Deploying "
                        + project.name()
                        + " "
                        + release.version()
                        + " to "
                        + String.join(", ", environments.stream().map(Environment::name).toList())
                        + (tenants.isEmpty() && options.tenantTags().isEmpty()
                                ? ""
                                : " for tenants "
                                        + String.join(
                                                ", ",
                                                concat(
                                                        tenants.stream().map(Tenant::name).toList(),
                                                        options.tenantTags()))));
        List<CreatedDeployments.DeploymentServerTask> created = new ArrayList<>();
        if (options.isTenanted()) {
            for (Environment environment : environments) {
                created.addAll(create(project, release, options, List.of(environment), tenants));
            }
        } else {
            created.addAll(create(project, release, options, environments, List.of()));
        }
        DeployResult started = describe(project, release, created, environments, tenants);
        for (DeployResult.DeploymentOutcome d : started.deployments()) {
            listener.link(
                    ProgressListener.Level.HIGHLIGHT,
                    "Deployment to "
                            + d.label()
                            + ": "
                            + d.deploymentId()
                            + " (task "
                            + d.taskId()
                            + ")",
                    d.webUrl());
        }
        if (options.await() == null) {
            return started;
        }
        return DeploymentWait.await(client, listener, started, options.await());
    }

    private Release release(Project project, DeployRequest request) {
        String version = request.releaseVersion() == null ? "" : request.releaseVersion().trim();
        if (version.isEmpty()) {
            throw new InvalidActionInputException(
                    "Say which release of "
                            + project.name()
                            + " to deploy (a version or 'latest').");
        }
        if (!version.equalsIgnoreCase(DeployRequest.LATEST)) {
            return client.releases().byVersion(project, version);
        }
        Channel channel =
                request.channel() == null || request.channel().isBlank()
                        ? null
                        : client.projects().channel(project, request.channel());
        return client.releases()
                .latest(project, channel)
                .orElseThrow(
                        () ->
                                new InvalidActionInputException(
                                        "Project '"
                                                + project.name()
                                                + "' has no release"
                                                + (channel == null
                                                        ? ""
                                                        : " in channel '" + channel.name() + "'")
                                                + " to deploy."));
    }

    private List<CreatedDeployments.DeploymentServerTask> create(
            Project project,
            Release release,
            DeploymentOptions options,
            List<Environment> environments,
            List<Tenant> tenants) {
        String spaceId = client.space().id();
        List<String> names = environments.stream().map(Environment::name).toList();
        CreateDeploymentCommand command =
                new CreateDeploymentCommand(
                        spaceId,
                        spaceId,
                        project.name(),
                        release.version(),
                        options.isTenanted() ? List.of() : names,
                        options.isTenanted() ? names.get(0) : null,
                        tenants.stream().map(Tenant::name).toList(),
                        options.tenantTags(),
                        options.skipSteps(),
                        List.of(),
                        List.of(),
                        options.guidedFailure(),
                        options.forcePackageDownload(),
                        options.variables(),
                        options.runAt(),
                        options.noRunAfter());
        CreatedDeployments created = client.deployments().create(command);
        if (created.deploymentServerTasks().isEmpty()) {
            throw new InvalidActionInputException(
                    "The server created no deployment of "
                            + project.name()
                            + " "
                            + release.version()
                            + " to "
                            + String.join(", ", names)
                            + "; check the tenants and tenant tags.");
        }
        return created.deploymentServerTasks();
    }

    private DeployResult describe(
            Project project,
            Release release,
            List<CreatedDeployments.DeploymentServerTask> created,
            List<Environment> environments,
            List<Tenant> tenants) {
        List<String> ids =
                created.stream()
                        .map(CreatedDeployments.DeploymentServerTask::deploymentId)
                        .toList();
        var byId = new java.util.HashMap<String, Deployment>();
        client.deployments().byIds(ids).forEach(d -> byId.put(d.id(), d));
        var tenantNames = new java.util.HashMap<String, String>();
        tenants.forEach(t -> tenantNames.put(t.id(), t.name()));
        var environmentNames = new java.util.HashMap<String, String>();
        environments.forEach(e -> environmentNames.put(e.id(), e.name()));
        List<DeployResult.DeploymentOutcome> outcomes = new ArrayList<>();
        for (CreatedDeployments.DeploymentServerTask task : created) {
            Deployment d = byId.get(task.deploymentId());
            String environmentId = d == null ? null : d.environmentId();
            String tenantId = d == null ? null : d.tenantId();
            String tenantName =
                    tenantId == null ? null : tenantNames.getOrDefault(tenantId, tenantId);
            outcomes.add(
                    new DeployResult.DeploymentOutcome(
                            task.deploymentId(),
                            task.serverTaskId(),
                            environmentId,
                            environmentId == null
                                    ? null
                                    : environmentNames.getOrDefault(environmentId, environmentId),
                            tenantId,
                            tenantName,
                            null,
                            null,
                            d == null
                                    ? null
                                    : client.webPage(d.links())
                                            .map(Object::toString)
                                            .orElse(null)));
        }
        return new DeployResult(
                project.id(),
                project.name(),
                release.id(),
                release.version(),
                client.webPage(release.links()).map(Object::toString).orElse(null),
                outcomes);
    }

    private static void requireTargets(DeploymentOptions options) {
        if (options.environments().isEmpty()) {
            throw new InvalidActionInputException("Say which environments to deploy to.");
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}

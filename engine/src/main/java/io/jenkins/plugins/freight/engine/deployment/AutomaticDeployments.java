package io.jenkins.plugins.freight.engine.deployment;

import io.jenkins.plugins.freight.engine.channel.Channel;
import io.jenkins.plugins.freight.engine.channel.ChannelService;
import io.jenkins.plugins.freight.engine.error.FreightException;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.project.ProjectService;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.release.ReleaseListener;
import io.jenkins.plugins.freight.engine.release.ReleaseService;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.task.TaskCompletionListener;
import io.jenkins.plugins.freight.engine.tenant.Tenant;
import io.jenkins.plugins.freight.engine.tenant.TenantService;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deploys releases automatically as they enter lifecycle phases: when a release is created (its
 * first phases) and when one of its deployments succeeds (the phases that opened). The environments
 * due are those marked automatic in phases the release has reached (never optional phases) where
 * the release was never deployed, for the same tenant. The engine itself is the deployer.
 *
 * <p>An automatic deployment that is refused (say, the project was disabled) is logged and skipped;
 * it never undoes what triggered it.
 */
public final class AutomaticDeployments implements ReleaseListener, TaskCompletionListener {

    private static final Logger LOG = LoggerFactory.getLogger(AutomaticDeployments.class);

    private final Database database;
    private final DeploymentService deployments;
    private final ReleaseService releases;
    private final ProjectService projects;
    private final ChannelService channels;
    private final TenantService tenants;

    public AutomaticDeployments(
            Database database,
            DeploymentService deployments,
            ReleaseService releases,
            ProjectService projects,
            ChannelService channels,
            TenantService tenants) {
        this.database = database;
        this.deployments = deployments;
        this.releases = releases;
        this.projects = projects;
        this.channels = channels;
        this.tenants = tenants;
    }

    /** A new release: deploy it to the automatic environments of the phases open from the start. */
    @Override
    public void created(Handle h, Release release) {
        Project project = projects.require(h, release.spaceId(), release.projectId());
        if (project.isDisabled()) {
            return;
        }
        Progression progression = deployments.progression(h, project, release, null);
        Channel channel = channels.require(h, release.spaceId(), release.channelId());
        for (PhaseEnvironment env : progression.automaticDeployments()) {
            List<Tenant> connected =
                    project.tenantedDeploymentMode().allowsTenanted()
                            ? tenants.deployingTo(
                                    h,
                                    release.spaceId(),
                                    project.id(),
                                    env.environmentId(),
                                    channel.tenantTags())
                            : List.of();
            if (!connected.isEmpty()) {
                for (Tenant t : connected) {
                    deploy(h, release, env, t.id());
                }
            } else if (project.tenantedDeploymentMode().allowsUntenanted()) {
                deploy(h, release, env, null);
            }
        }
    }

    /** A deployment finished: if it succeeded, deploy to the environments its success opened. */
    @Override
    public void onCompleted(ServerTask task) {
        if (!DeploymentService.DEPLOY_TASK.equals(task.name()) || !task.finishedSuccessfully()) {
            return;
        }
        try {
            database.useTransaction(h -> afterSuccess(h, task));
        } catch (RuntimeException e) {
            LOG.warn("Automatic deployments after task {} failed: {}", task.id(), e.getMessage());
        }
    }

    private void afterSuccess(Handle h, ServerTask task) {
        Optional<Deployment> done = deployments.findByTask(h, task.id());
        if (done.isEmpty()) {
            return;
        }
        Deployment d = done.get();
        // One release's automatic deployments are decided one at a time, so two successes that
        // finish together cannot both deploy the same environment.
        releases.lock(h, d.releaseId());
        Release release = releases.require(h, d.spaceId(), d.releaseId());
        Project project = projects.require(h, d.spaceId(), d.projectId());
        if (project.isDisabled()) {
            return;
        }
        for (PhaseEnvironment env :
                deployments.progression(h, project, release, d.tenantId()).automaticDeployments()) {
            deploy(h, release, env, d.tenantId());
        }
    }

    private void deploy(Handle h, Release release, PhaseEnvironment env, String tenantId) {
        CreateDeploymentRequest request =
                CreateDeploymentRequest.release(release.id(), env.environmentId())
                        .forTenants(tenantId == null ? List.of() : List.of(tenantId), List.of())
                        .withComments("Deployed automatically when the release entered the phase.");
        String savepoint = "automatic_deployment";
        h.savepoint(savepoint);
        try {
            deployments.create(h, Caller.system(), release.spaceId(), request);
            h.release(savepoint);
        } catch (FreightException e) {
            h.rollbackToSavepoint(savepoint);
            LOG.warn(
                    "Automatic deployment of release {} to {} was skipped: {}",
                    release.id(),
                    env.name(),
                    e.getMessage());
        }
    }
}

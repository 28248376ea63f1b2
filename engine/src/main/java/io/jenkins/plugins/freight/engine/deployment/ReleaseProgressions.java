package io.jenkins.plugins.freight.engine.deployment;

import io.jenkins.plugins.freight.engine.channel.Channel;
import io.jenkins.plugins.freight.engine.channel.ChannelService;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.release.Release;
import org.jdbi.v3.core.Handle;

/** Where a release stands: its channel's lifecycle evaluated against its deployment history. */
final class ReleaseProgressions {

    private final ChannelService channels;
    private final LifecycleProgressions lifecycles;
    private final DeploymentRepository deployments;

    ReleaseProgressions(
            ChannelService channels,
            LifecycleProgressions lifecycles,
            DeploymentRepository deployments) {
        this.channels = channels;
        this.lifecycles = lifecycles;
        this.deployments = deployments;
    }

    /** For the tenant, or untenanted when null. */
    Progression of(Handle h, Project project, Release release, String tenantId) {
        Channel channel = channels.require(h, project.spaceId(), release.channelId());
        return ProgressionRules.evaluate(
                release.version(),
                lifecycles.of(h, project, channel),
                deployments.outcomes(h, release.id(), tenantId));
    }
}

package io.jenkins.plugins.freight.server.ui.release;

import io.jenkins.plugins.freight.engine.channel.ChannelService;
import io.jenkins.plugins.freight.engine.deployment.DeploymentService;
import io.jenkins.plugins.freight.engine.deployment.DeploymentStatus;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.environment.EnvironmentService;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.project.ProjectService;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.release.ReleaseService;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.server.ui.Deployability;
import io.jenkins.plugins.freight.server.ui.StateView;
import io.jenkins.plugins.freight.server.ui.TimeText;
import io.jenkins.plugins.freight.server.ui.UiLinks;
import io.jenkins.plugins.freight.server.ui.UiRequest;
import io.jenkins.plugins.freight.server.ui.UiRoutes;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The release page. */
public final class ReleasePages {

    private final ReleaseService releases;
    private final ProjectService projects;
    private final ChannelService channels;
    private final EnvironmentService environments;
    private final DeploymentService deployments;
    private final Deployability deployability;

    public ReleasePages(
            ReleaseService releases,
            ProjectService projects,
            ChannelService channels,
            EnvironmentService environments,
            DeploymentService deployments,
            Deployability deployability) {
        this.releases = releases;
        this.projects = projects;
        this.channels = channels;
        this.environments = environments;
        this.deployments = deployments;
        this.deployability = deployability;
    }

    public void register(UiRoutes routes) {
        routes.get("{space}/releases/{release}", this::release);
    }

    private void release(UiRequest r) throws IOException {
        Caller caller = r.caller();
        String space = r.spaceId();
        Release release = releases.get(caller, space, r.path("release"));
        Project project = projects.get(caller, space, release.projectId());
        List<Environment> all = environments.all(caller, space);
        Map<String, String> names =
                all.stream().collect(Collectors.toMap(Environment::id, Environment::name));
        UiLinks links = r.links();
        List<DeploymentLine> history =
                deployments.historyOfRelease(caller, space, release.id()).stream()
                        .map(line(names, links))
                        .toList();
        r.render(
                "release/release.jte",
                new ReleasePage(
                        r.frame(project.name() + " " + release.version(), "dashboard"),
                        release.id(),
                        release.version(),
                        project.name(),
                        links.project(space, project.id()),
                        channels.get(caller, space, release.channelId()).name(),
                        TimeText.of(release.assembled()),
                        release.createdBy(),
                        release.releaseNotes(),
                        release.selectedPackages(),
                        release.buildInformation(),
                        history,
                        links.deploy(space, project.id()),
                        deployability.options(
                                caller,
                                release,
                                deployments.progression(caller, space, release.id(), null),
                                all)));
    }

    private static Function<DeploymentStatus, DeploymentLine> line(
            Map<String, String> environmentNames, UiLinks links) {
        return s ->
                new DeploymentLine(
                        environmentNames.getOrDefault(
                                s.deployment().environmentId(), s.deployment().environmentId()),
                        StateView.of(s.state(), false),
                        links.task(s.deployment().spaceId(), s.deployment().taskId()),
                        TimeText.of(s.deployment().created()),
                        s.deployment().deployedBy());
    }
}

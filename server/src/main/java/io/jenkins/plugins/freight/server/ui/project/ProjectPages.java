package io.jenkins.plugins.freight.server.ui.project;

import io.jenkins.plugins.freight.engine.deployment.CreateDeploymentRequest;
import io.jenkins.plugins.freight.engine.deployment.Deployment;
import io.jenkins.plugins.freight.engine.deployment.DeploymentService;
import io.jenkins.plugins.freight.engine.deployment.DeploymentStatus;
import io.jenkins.plugins.freight.engine.deployment.Progression;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.environment.EnvironmentService;
import io.jenkins.plugins.freight.engine.lifecycle.LifecycleService;
import io.jenkins.plugins.freight.engine.lifecycle.Phase;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.project.ProjectService;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.release.ReleaseService;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.server.ui.DeployOption;
import io.jenkins.plugins.freight.server.ui.Deployability;
import io.jenkins.plugins.freight.server.ui.StateView;
import io.jenkins.plugins.freight.server.ui.UiLinks;
import io.jenkins.plugins.freight.server.ui.UiRequest;
import io.jenkins.plugins.freight.server.ui.UiRoutes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The project overview and the deploy action behind its "Deploy" and "Promote" buttons. */
public final class ProjectPages {

    static final int RELEASES_SHOWN = 10;

    private final ProjectService projects;
    private final LifecycleService lifecycles;
    private final EnvironmentService environments;
    private final ReleaseService releases;
    private final DeploymentService deployments;
    private final Deployability deployability;

    public ProjectPages(
            ProjectService projects,
            LifecycleService lifecycles,
            EnvironmentService environments,
            ReleaseService releases,
            DeploymentService deployments,
            Deployability deployability) {
        this.projects = projects;
        this.lifecycles = lifecycles;
        this.environments = environments;
        this.releases = releases;
        this.deployments = deployments;
        this.deployability = deployability;
    }

    public void register(UiRoutes routes) {
        routes.get("{space}/projects/{project}", this::overview)
                .post("{space}/projects/{project}/deploy", this::deploy);
    }

    private void overview(UiRequest r) throws IOException {
        Caller caller = r.caller();
        String space = r.spaceId();
        Project project = projects.get(caller, space, r.path("project"));
        List<Environment> columns = lifecycleEnvironments(caller, space, project);
        UiLinks links = r.links();
        List<ReleaseRow> rows = new ArrayList<>();
        for (Release release :
                releases.listByProject(caller, space, project.id(), null, null, 0, RELEASES_SHOWN)
                        .items()) {
            rows.add(row(caller, release, columns, links));
        }
        r.render(
                "project/overview.jte",
                new ProjectPage(
                        r.frame(project.name(), "dashboard"),
                        project.name(),
                        project.description() == null ? "" : project.description(),
                        lifecycles.get(caller, space, project.lifecycleId()).name(),
                        links.deploy(space, project.id()),
                        columns.stream().map(Environment::name).toList(),
                        rows));
    }

    private ReleaseRow row(
            Caller caller, Release release, List<Environment> columns, UiLinks links) {
        String space = release.spaceId();
        Map<String, DeploymentStatus> newest = new LinkedHashMap<>();
        for (DeploymentStatus status : deployments.historyOfRelease(caller, space, release.id())) {
            newest.putIfAbsent(status.deployment().environmentId(), status);
        }
        Progression progression = deployments.progression(caller, space, release.id(), null);
        List<DeployOption> options = deployability.options(caller, release, progression, columns);
        List<ReleaseCell> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Environment environment = columns.get(i);
            DeploymentStatus status = newest.get(environment.id());
            if (status == null) {
                cells.add(new ReleaseCell(null, null, option(options, environment.id()), null));
            } else {
                cells.add(
                        new ReleaseCell(
                                StateView.of(status.state(), false),
                                links.task(space, status.deployment().taskId()),
                                null,
                                status.state().isSuccessful()
                                        ? promotion(options, columns, i, newest)
                                        : null));
            }
        }
        return new ReleaseRow(
                release.id(),
                release.version(),
                links.release(space, release.id()),
                cells,
                options);
    }

    /** The next environment after column {@code from} that the release may go to and has not. */
    private static DeployOption promotion(
            List<DeployOption> options,
            List<Environment> columns,
            int from,
            Map<String, DeploymentStatus> deployed) {
        for (int i = from + 1; i < columns.size(); i++) {
            String id = columns.get(i).id();
            if (deployed.containsKey(id)) {
                continue;
            }
            return option(options, id);
        }
        return null;
    }

    private static DeployOption option(List<DeployOption> options, String environmentId) {
        return options.stream()
                .filter(o -> o.environmentId().equals(environmentId))
                .findFirst()
                .orElse(null);
    }

    /** The lifecycle's environments, phase by phase, each phase's in the space's order. */
    private List<Environment> lifecycleEnvironments(Caller caller, String space, Project project) {
        List<Environment> all = environments.all(caller, space);
        Set<String> ordered = new LinkedHashSet<>();
        for (Phase phase : lifecycles.effectivePhases(caller, space, project.lifecycleId())) {
            Set<String> inPhase = new LinkedHashSet<>(phase.automaticDeploymentTargets());
            inPhase.addAll(phase.optionalDeploymentTargets());
            for (Environment environment : all) {
                if (inPhase.contains(environment.id())) {
                    ordered.add(environment.id());
                }
            }
        }
        return ordered.stream()
                .map(id -> all.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow())
                .toList();
    }

    /** Deploys a release to one environment and shows the deployment's task. */
    private void deploy(UiRequest r) {
        String space = r.spaceId();
        Project project = projects.get(r.caller(), space, r.path("project"));
        String releaseId = r.requiredParam("release", "The release");
        String environmentId = r.requiredParam("environment", "The environment");
        Release release = releases.get(r.caller(), space, releaseId);
        if (!release.projectId().equals(project.id())) {
            throw io.jenkins.plugins.freight.engine.error.NotFoundException.of(
                    "Release", releaseId);
        }
        List<Deployment> created =
                deployments.create(
                        r.caller(),
                        space,
                        CreateDeploymentRequest.release(release.id(), environmentId));
        r.redirect(r.links().task(space, created.get(0).taskId()));
    }
}

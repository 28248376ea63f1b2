package io.jenkins.plugins.freight.server.ui.dashboard;

import io.jenkins.plugins.freight.engine.deployment.DeploymentService;
import io.jenkins.plugins.freight.engine.deployment.DeploymentStatus;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.environment.EnvironmentService;
import io.jenkins.plugins.freight.engine.error.ForbiddenException;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.project.ProjectService;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Space;
import io.jenkins.plugins.freight.engine.space.SpaceService;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.task.TaskQuery;
import io.jenkins.plugins.freight.engine.task.TaskService;
import io.jenkins.plugins.freight.server.ui.StateView;
import io.jenkins.plugins.freight.server.ui.TimeText;
import io.jenkins.plugins.freight.server.ui.UiLinks;
import io.jenkins.plugins.freight.server.ui.UiRequest;
import io.jenkins.plugins.freight.server.ui.UiRoutes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The UI's home: the default space's dashboard of environments × projects. */
public final class DashboardPages {

    private final SpaceService spaces;
    private final EnvironmentService environments;
    private final ProjectService projects;
    private final DeploymentService deployments;
    private final TaskService tasks;

    public DashboardPages(
            SpaceService spaces,
            EnvironmentService environments,
            ProjectService projects,
            DeploymentService deployments,
            TaskService tasks) {
        this.spaces = spaces;
        this.environments = environments;
        this.projects = projects;
        this.deployments = deployments;
        this.tasks = tasks;
    }

    public void register(UiRoutes routes) {
        routes.get("", this::home).get("{space}", this::dashboard);
    }

    /** The default space's dashboard (users who may not list spaces go to the default id). */
    private void home(UiRequest r) {
        String spaceId = Space.DEFAULT_ID;
        try {
            List<Space> all = spaces.list(r.caller(), ListQuery.all()).items();
            spaceId =
                    all.stream()
                            .filter(Space::isDefault)
                            .findFirst()
                            .or(() -> all.stream().findFirst())
                            .map(Space::id)
                            .orElse(Space.DEFAULT_ID);
        } catch (ForbiddenException e) {
            // without SpaceView the user still works in the default space
        }
        r.redirect(r.links().dashboard(spaceId));
    }

    private void dashboard(UiRequest r) throws IOException {
        Caller caller = r.caller();
        String space = r.spaceId();
        List<Environment> columns = environments.all(caller, space);
        List<Project> rows = projects.list(caller, space, ListQuery.all(), null).items();
        Map<String, DeploymentStatus> newest = new HashMap<>();
        for (Project project : rows) {
            for (Environment environment : columns) {
                deployments
                        .historyOfEnvironment(
                                caller, space, project.id(), environment.id(), null, 0, 1)
                        .items()
                        .stream()
                        .findFirst()
                        .ifPresent(d -> newest.put(key(project, environment), d));
            }
        }
        Set<String> waiting = waitingForPerson(caller, space, newest.values());
        UiLinks links = r.links();
        List<DashboardRow> table = new ArrayList<>();
        for (Project project : rows) {
            List<DashboardCell> cells = new ArrayList<>();
            for (Environment environment : columns) {
                DeploymentStatus status = newest.get(key(project, environment));
                cells.add(status == null ? DashboardCell.empty() : cell(status, waiting, links));
            }
            table.add(new DashboardRow(project.name(), links.project(space, project.id()), cells));
        }
        r.render(
                "dashboard/dashboard.jte",
                new DashboardPage(
                        r.frame("Dashboard", "dashboard"),
                        columns.stream().map(Environment::name).toList(),
                        table));
    }

    private static DashboardCell cell(DeploymentStatus status, Set<String> waiting, UiLinks links) {
        String taskId = status.deployment().taskId();
        return new DashboardCell(
                status.releaseVersion(),
                StateView.of(status.state(), waiting.contains(taskId)),
                links.task(status.deployment().spaceId(), taskId),
                TimeText.of(
                        Optional.ofNullable(status.completedTime())
                                .orElse(status.deployment().created())));
    }

    /** The unfinished deployments' tasks that wait for a person. */
    private Set<String> waitingForPerson(
            Caller caller, String space, java.util.Collection<DeploymentStatus> statuses) {
        List<String> unfinished =
                statuses.stream()
                        .filter(s -> !s.state().isTerminal())
                        .map(s -> s.deployment().taskId())
                        .toList();
        if (unfinished.isEmpty()) {
            return Set.of();
        }
        return tasks
                .list(
                        caller,
                        TaskQuery.inSpace(space).withIds(unfinished).page(0, unfinished.size()))
                .items()
                .stream()
                .filter(ServerTask::hasPendingInterruptions)
                .map(ServerTask::id)
                .collect(Collectors.toSet());
    }

    private static String key(Project project, Environment environment) {
        return project.id() + "/" + environment.id();
    }
}

package io.jenkins.plugins.freight.server.lifecycles;

import io.jenkins.plugins.freight.engine.lifecycle.Lifecycle;
import io.jenkins.plugins.freight.engine.lifecycle.LifecycleService;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.project.ProjectService;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Page;
import io.jenkins.plugins.freight.server.http.ApiRequest;
import io.jenkins.plugins.freight.server.http.Reply;
import io.jenkins.plugins.freight.server.http.Router;
import io.jenkins.plugins.freight.server.projects.ProjectWire;
import java.util.List;

/** {@code lifecycles/{id}/projects}: the projects that use a lifecycle (a plain array). */
public final class LifecycleProjectsResource {

    private final LifecycleService lifecycles;
    private final ProjectService projects;

    public LifecycleProjectsResource(LifecycleService lifecycles, ProjectService projects) {
        this.lifecycles = lifecycles;
        this.projects = projects;
    }

    public void register(Router router) {
        router.get(Router.Scope.SPACE, "lifecycles/{id}/projects", this::projects);
    }

    private Reply projects(ApiRequest r) {
        Lifecycle lifecycle = lifecycles.get(r.caller(), r.spaceId(), r.path("id"));
        Page<Project> all = projects.list(r.caller(), r.spaceId(), ListQuery.all(), null);
        List<ProjectWire> using =
                all.items().stream()
                        .filter(p -> lifecycle.id().equals(p.lifecycleId()))
                        .map(p -> ProjectWire.of(p, r.links()))
                        .toList();
        return Reply.ok(using);
    }
}

package io.jenkins.plugins.freight.server.projects;

import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.project.ProjectService;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.server.http.ApiRequest;
import io.jenkins.plugins.freight.server.http.Paging;
import io.jenkins.plugins.freight.server.http.Reply;
import io.jenkins.plugins.freight.server.http.Router;
import java.io.IOException;

/**
 * {@code /api/{space}/projects}: list ({@code name} exact, {@code partialName}, {@code ids}, {@code
 * clonedFromProjectId}), {@code /all}, get by id, slug or name (Go sends names), create (with its
 * Default channel, process and variable set, or as a clone), update, delete; and {@code
 * projectgroups/{id}/projects}.
 */
public final class ProjectsResource {

    private static final String TEMPLATE =
            "/projects{/id}{?name,skip,ids,clone,take,partialName,clonedFromProjectId}";

    private final ProjectService projects;

    public ProjectsResource(ProjectService projects) {
        this.projects = projects;
    }

    public void register(Router router) {
        Router.Scope space = Router.Scope.SPACE;
        router.get(space, "projects", this::list)
                .get(space, "projects/all", this::all)
                .get(space, "projects/{id}", this::get)
                .post(space, "projects", this::create)
                .put(space, "projects/{id}", this::update)
                .delete(space, "projects/{id}", this::delete)
                .get(space, "projectgroups/{id}/projects", this::ofGroup);
    }

    private Reply list(ApiRequest r) {
        return Reply.ok(
                Paging.collection(
                        r,
                        "Project",
                        projects.list(
                                        r.caller(),
                                        r.spaceId(),
                                        Paging.query(r),
                                        null,
                                        r.query().nonBlank("clonedFromProjectId"))
                                .map(p -> ProjectWire.of(p, r.links())),
                        r.inSpace("/projects"),
                        r.inSpace(TEMPLATE)));
    }

    private Reply ofGroup(ApiRequest r) {
        String group = r.path("id");
        return Reply.ok(
                Paging.collection(
                        r,
                        "Project",
                        projects.list(r.caller(), r.spaceId(), Paging.query(r), group)
                                .map(p -> ProjectWire.of(p, r.links())),
                        r.inSpace("/projectgroups/" + group + "/projects"),
                        r.inSpace("/projectgroups/" + group + "/projects{?skip,take}")));
    }

    private Reply all(ApiRequest r) {
        return Reply.ok(
                projects.list(r.caller(), r.spaceId(), ListQuery.all(), null).items().stream()
                        .map(p -> ProjectWire.of(p, r.links()))
                        .toList());
    }

    private Reply get(ApiRequest r) {
        return Reply.ok(
                ProjectWire.of(projects.get(r.caller(), r.spaceId(), r.path("id")), r.links()));
    }

    /**
     * Creates a project; with {@code ?clone=} or the body's {@code Clone} (an id, slug or name) a
     * copy of that project: its settings, with what the body sets on top, and its channels, process
     * and variables.
     */
    private Reply create(ApiRequest r) throws IOException {
        ProjectWire body = r.body(ProjectWire.class);
        String clone = r.query().nonBlank("clone");
        if (clone == null && body.cloneOf() != null && !body.cloneOf().isBlank()) {
            clone = body.cloneOf().strip();
        }
        Project requested =
                clone == null
                        ? body.toProject(null)
                        : body.toProject(
                                projects.get(r.caller(), r.spaceId(), clone)
                                        .cloneBuilder()
                                        .build());
        Project created = projects.create(r.caller(), r.spaceId(), requested);
        return Reply.created(ProjectWire.of(created, r.links()));
    }

    private Reply update(ApiRequest r) throws IOException {
        ProjectWire body = r.body(ProjectWire.class);
        Project current = projects.get(r.caller(), r.spaceId(), r.path("id"));
        return Reply.ok(
                ProjectWire.of(
                        projects.modify(
                                r.caller(), r.spaceId(), current.id(), body.toProject(current)),
                        r.links()));
    }

    private Reply delete(ApiRequest r) {
        Project current = projects.get(r.caller(), r.spaceId(), r.path("id"));
        projects.delete(r.caller(), r.spaceId(), current.id());
        return Reply.empty();
    }
}

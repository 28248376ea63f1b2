package io.jenkins.plugins.freight.server.projectgroups;

import io.jenkins.plugins.freight.engine.project.ProjectGroup;
import io.jenkins.plugins.freight.engine.project.ProjectGroupService;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.server.http.ApiRequest;
import io.jenkins.plugins.freight.server.http.Paging;
import io.jenkins.plugins.freight.server.http.Reply;
import io.jenkins.plugins.freight.server.http.Router;
import java.io.IOException;

/** {@code /api/{space}/projectgroups}: list, {@code /all}, get, create, update, delete. */
public final class ProjectGroupsResource {

    private final ProjectGroupService groups;

    public ProjectGroupsResource(ProjectGroupService groups) {
        this.groups = groups;
    }

    public void register(Router router) {
        Router.Scope space = Router.Scope.SPACE;
        router.get(space, "projectgroups", this::list)
                .get(space, "projectgroups/all", this::all)
                .get(space, "projectgroups/{id}", this::get)
                .post(space, "projectgroups", this::create)
                .put(space, "projectgroups/{id}", this::update)
                .delete(space, "projectgroups/{id}", this::delete);
    }

    private Reply list(ApiRequest r) {
        return Reply.ok(
                Paging.collection(
                        r,
                        "ProjectGroup",
                        groups.list(r.caller(), r.spaceId(), Paging.query(r))
                                .map(g -> ProjectGroupWire.of(g, r.links())),
                        r.inSpace("/projectgroups"),
                        r.inSpace("/projectgroups{/id}{?skip,take,ids,partialName}")));
    }

    private Reply all(ApiRequest r) {
        return Reply.ok(
                groups.list(r.caller(), r.spaceId(), ListQuery.all()).items().stream()
                        .map(g -> ProjectGroupWire.of(g, r.links()))
                        .toList());
    }

    private Reply get(ApiRequest r) {
        return Reply.ok(
                ProjectGroupWire.of(groups.get(r.caller(), r.spaceId(), r.path("id")), r.links()));
    }

    private Reply create(ApiRequest r) throws IOException {
        ProjectGroup created =
                groups.create(
                        r.caller(),
                        r.spaceId(),
                        r.body(ProjectGroupWire.class).toProjectGroup(null));
        return Reply.created(ProjectGroupWire.of(created, r.links()));
    }

    private Reply update(ApiRequest r) throws IOException {
        ProjectGroupWire body = r.body(ProjectGroupWire.class);
        ProjectGroup current = groups.get(r.caller(), r.spaceId(), r.path("id"));
        return Reply.ok(
                ProjectGroupWire.of(
                        groups.modify(
                                r.caller(),
                                r.spaceId(),
                                current.id(),
                                body.toProjectGroup(current)),
                        r.links()));
    }

    private Reply delete(ApiRequest r) {
        ProjectGroup current = groups.get(r.caller(), r.spaceId(), r.path("id"));
        groups.delete(r.caller(), r.spaceId(), current.id());
        return Reply.empty();
    }
}

package io.jenkins.plugins.freight.server.processes;

import io.jenkins.plugins.freight.engine.process.DeploymentProcess;
import io.jenkins.plugins.freight.engine.process.ProcessService;
import io.jenkins.plugins.freight.server.http.ApiProblem;
import io.jenkins.plugins.freight.server.http.ApiRequest;
import io.jenkins.plugins.freight.server.http.Paging;
import io.jenkins.plugins.freight.server.http.Reply;
import io.jenkins.plugins.freight.server.http.Router;
import java.io.IOException;

/**
 * Deployment processes: {@code /api/{space}/deploymentprocesses} (list, get a live process or a
 * release's snapshot, update a live one) and {@code projects/{project}/deploymentprocesses} (get,
 * update). Updates must carry the stored {@code Version}; a stale one is a 409.
 */
public final class ProcessesResource {

    private static final String PREFIX = "deploymentprocess-";

    private final ProcessService processes;

    public ProcessesResource(ProcessService processes) {
        this.processes = processes;
    }

    public void register(Router router) {
        Router.Scope space = Router.Scope.SPACE;
        router.get(space, "deploymentprocesses", this::list)
                .get(space, "deploymentprocesses/{id}", this::get)
                .put(space, "deploymentprocesses/{id}", this::updateById)
                .get(space, "projects/{project}/deploymentprocesses", this::ofProject)
                .put(space, "projects/{project}/deploymentprocesses", this::updateOfProject);
    }

    private Reply list(ApiRequest r) {
        return Reply.ok(
                Paging.collection(
                        r,
                        "DeploymentProcess",
                        processes
                                .list(r.caller(), r.spaceId(), Paging.query(r))
                                .map(p -> ProcessWire.of(p, r.links())),
                        r.inSpace("/deploymentprocesses"),
                        r.inSpace("/deploymentprocesses{/id}{?skip,take,ids}")));
    }

    private Reply get(ApiRequest r) {
        return Reply.ok(
                ProcessWire.of(processes.get(r.caller(), r.spaceId(), r.path("id")), r.links()));
    }

    private Reply ofProject(ApiRequest r) {
        return Reply.ok(
                ProcessWire.of(
                        processes.getForProject(r.caller(), r.spaceId(), r.path("project")),
                        r.links()));
    }

    private Reply updateById(ApiRequest r) throws IOException {
        String id = r.path("id");
        if (!id.startsWith(PREFIX) || id.contains("-s-")) {
            DeploymentProcess existing = processes.get(r.caller(), r.spaceId(), id);
            throw ApiProblem.badRequest(
                    "Process " + existing.id() + " is a release snapshot and cannot be changed.");
        }
        return update(r, id.substring(PREFIX.length()));
    }

    private Reply updateOfProject(ApiRequest r) throws IOException {
        return update(r, r.path("project"));
    }

    private Reply update(ApiRequest r, String project) throws IOException {
        ProcessWire body = r.body(ProcessWire.class);
        if (body.version() == null) {
            throw ApiProblem.badRequest(
                    "The process needs its Version: send back the Version you read.");
        }
        DeploymentProcess saved =
                processes.modify(r.caller(), r.spaceId(), project, body.toProcess());
        return Reply.ok(ProcessWire.of(saved, r.links()));
    }
}

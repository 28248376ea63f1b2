package io.jenkins.plugins.freight.server.deployments;

import io.jenkins.plugins.freight.engine.deployment.CreateDeploymentRequest;
import io.jenkins.plugins.freight.engine.deployment.Deployment;
import io.jenkins.plugins.freight.engine.deployment.DeploymentQuery;
import io.jenkins.plugins.freight.engine.deployment.DeploymentService;
import io.jenkins.plugins.freight.engine.release.ReleaseService;
import io.jenkins.plugins.freight.engine.space.Page;
import io.jenkins.plugins.freight.engine.task.TaskState;
import io.jenkins.plugins.freight.server.http.ApiProblem;
import io.jenkins.plugins.freight.server.http.ApiRequest;
import io.jenkins.plugins.freight.server.http.Paging;
import io.jenkins.plugins.freight.server.http.QueryParameters;
import io.jenkins.plugins.freight.server.http.Reply;
import io.jenkins.plugins.freight.server.http.Router;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Deployments: {@code deployments/create/untenanted/v1} and {@code tenanted/v1} (executions API),
 * the classic {@code POST deployments}, list (ids, projects, environments, tenants, channels,
 * taskState) and get.
 */
public final class DeploymentsResource {

    private final DeploymentService deployments;
    private final ReleaseService releases;

    public DeploymentsResource(DeploymentService deployments, ReleaseService releases) {
        this.deployments = deployments;
        this.releases = releases;
    }

    public void register(Router router) {
        Router.Scope space = Router.Scope.SPACE;
        router.post(space, "deployments/create/untenanted/v1", r -> createV1(r, false))
                .post(space, "deployments/create/tenanted/v1", r -> createV1(r, true))
                .post(space, "deployments", this::createClassic)
                .get(space, "deployments", this::list)
                .get(space, "deployments/{id}", this::get)
                .get(space, "releases/{release}/deployments", this::ofRelease);
    }

    private Reply createV1(ApiRequest r, boolean tenanted) throws IOException {
        DeploymentBodies.CreateV1 body = r.body(DeploymentBodies.CreateV1.class);
        if (body.releaseVersion() == null || body.releaseVersion().isBlank()) {
            throw ApiProblem.badRequest("ReleaseVersion is required.");
        }
        CreateDeploymentRequest request = body.toRequest(tenanted);
        if (Boolean.TRUE.equals(body.updateVariableSnapshot())) {
            String releaseId =
                    releases.getByVersion(
                                    r.caller(),
                                    r.spaceId(),
                                    body.projectName(),
                                    body.releaseVersion())
                            .id();
            releases.updateVariables(r.caller(), r.spaceId(), releaseId);
        }
        List<Deployment> created = deployments.create(r.caller(), r.spaceId(), request);
        return Reply.created(
                new DeploymentBodies.CreatedV1(
                        created.stream()
                                .map(
                                        d ->
                                                new DeploymentBodies.DeploymentServerTask(
                                                        d.id(), d.taskId()))
                                .toList()));
    }

    private Reply createClassic(ApiRequest r) throws IOException {
        DeploymentBodies.Classic body = r.body(DeploymentBodies.Classic.class);
        List<Deployment> created = deployments.create(r.caller(), r.spaceId(), body.toRequest());
        return Reply.created(DeploymentWire.of(created.get(0), r.links()));
    }

    private Reply list(ApiRequest r) {
        return Reply.ok(page(r, r.query().list("ids"), "/deployments"));
    }

    private Reply ofRelease(ApiRequest r) {
        String release = releases.get(r.caller(), r.spaceId(), r.path("release")).id();
        List<String> ids =
                deployments.historyOfRelease(r.caller(), r.spaceId(), release).stream()
                        .map(s -> s.deployment().id())
                        .toList();
        String path = "/releases/" + release + "/deployments";
        if (ids.isEmpty()) {
            Page<DeploymentWire> none =
                    new Page<>(
                            List.of(),
                            0,
                            r.query().integer("skip", 0, 0),
                            r.query().integer("take", DeploymentQuery.DEFAULT_TAKE, 0));
            return Reply.ok(
                    Paging.collection(
                            r,
                            "Deployment",
                            none,
                            r.inSpace(path),
                            r.inSpace(path + "{?skip,take}")));
        }
        return Reply.ok(page(r, ids, path));
    }

    private Object page(ApiRequest r, List<String> ids, String path) {
        QueryParameters q = r.query();
        DeploymentQuery query =
                new DeploymentQuery(
                        ids,
                        q.list("projects"),
                        q.list("environments"),
                        q.list("tenants"),
                        q.list("channels"),
                        q.list("taskState").stream()
                                .map(TaskState::fromWireName)
                                .collect(Collectors.toSet()),
                        q.integer("skip", 0, 0),
                        q.integer("take", DeploymentQuery.DEFAULT_TAKE, 0));
        return Paging.collection(
                r,
                "Deployment",
                deployments
                        .list(r.caller(), r.spaceId(), query)
                        .map(d -> DeploymentWire.of(d, r.links())),
                r.inSpace(path),
                r.inSpace(
                        "/deployments{/id}{?skip,take,ids,projects,environments,tenants,channels,"
                                + "taskState,partialName}"));
    }

    private Reply get(ApiRequest r) {
        return Reply.ok(
                DeploymentWire.of(
                        deployments.get(r.caller(), r.spaceId(), r.path("id")), r.links()));
    }
}

package io.jenkins.plugins.freight.server.releases;

import io.jenkins.plugins.freight.engine.deployment.DeploymentService;
import io.jenkins.plugins.freight.engine.process.ProcessService;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.release.ReleaseService;
import io.jenkins.plugins.freight.server.http.ApiRequest;
import io.jenkins.plugins.freight.server.http.Links;
import io.jenkins.plugins.freight.server.http.Reply;
import io.jenkins.plugins.freight.server.http.Router;

/**
 * Where a release may go next: {@code releases/{id}/deployments/template} (Octopus's deployment
 * template, {@code PromoteTo}) and {@code releases/{id}/progression} (the lifecycle's phases), both
 * untenanted unless {@code tenant} names a tenant.
 */
public final class ReleaseProgressResource {

    private final ReleaseService releases;
    private final DeploymentService deployments;
    private final ProcessService processes;

    public ReleaseProgressResource(
            ReleaseService releases, DeploymentService deployments, ProcessService processes) {
        this.releases = releases;
        this.deployments = deployments;
        this.processes = processes;
    }

    public void register(Router router) {
        Router.Scope space = Router.Scope.SPACE;
        router.get(space, "releases/{id}/deployments/template", this::template)
                .get(space, "releases/{id}/progression", this::progression);
    }

    private Reply template(ApiRequest r) {
        Release release = releases.get(r.caller(), r.spaceId(), r.path("id"));
        int frozen = processes.get(r.caller(), r.spaceId(), release.processSnapshotId()).version();
        int live = processes.getForProject(r.caller(), r.spaceId(), release.projectId()).version();
        return Reply.ok(
                DeploymentTemplateWire.of(
                        deployments.progression(
                                r.caller(),
                                r.spaceId(),
                                release.id(),
                                r.query().nonBlank("tenant")),
                        frozen != live,
                        self(r, release) + "/deployments/template",
                        r.links()));
    }

    private Reply progression(ApiRequest r) {
        Release release = releases.get(r.caller(), r.spaceId(), r.path("id"));
        return Reply.ok(
                ReleaseProgressWire.of(
                        deployments.progression(
                                r.caller(),
                                r.spaceId(),
                                release.id(),
                                r.query().nonBlank("tenant")),
                        self(r, release) + "/progression",
                        r.links()));
    }

    private static String self(ApiRequest r, Release release) {
        return "/" + Links.segment(r.spaceId()) + "/releases/" + Links.segment(release.id());
    }
}

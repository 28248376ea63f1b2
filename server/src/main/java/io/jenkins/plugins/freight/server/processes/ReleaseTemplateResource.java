package io.jenkins.plugins.freight.server.processes;

import io.jenkins.plugins.freight.engine.process.DeploymentProcess;
import io.jenkins.plugins.freight.engine.process.ProcessService;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.project.ProjectService;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.release.ReleaseService;
import io.jenkins.plugins.freight.server.http.ApiProblem;
import io.jenkins.plugins.freight.server.http.ApiRequest;
import io.jenkins.plugins.freight.server.http.Reply;
import io.jenkins.plugins.freight.server.http.Router;

/**
 * The release template of a project's process: {@code deploymentprocesses/{id}/template
 * {?channel,releaseId}} (the C# and Go clients) and {@code projects/{project}/deploymentprocesses
 * /template}. Without {@code channel} the template is for the channel of {@code releaseId}, else
 * for the project's default channel.
 */
public final class ReleaseTemplateResource {

    private final ProcessService processes;
    private final ProjectService projects;
    private final ReleaseService releases;

    public ReleaseTemplateResource(
            ProcessService processes, ProjectService projects, ReleaseService releases) {
        this.processes = processes;
        this.projects = projects;
        this.releases = releases;
    }

    public void register(Router router) {
        Router.Scope space = Router.Scope.SPACE;
        router.get(space, "deploymentprocesses/{id}/template", this::ofProcess)
                .get(space, "projects/{project}/deploymentprocesses/template", this::ofProject);
    }

    private Reply ofProcess(ApiRequest r) {
        DeploymentProcess process = processes.get(r.caller(), r.spaceId(), r.path("id"));
        return template(r, process.projectId());
    }

    private Reply ofProject(ApiRequest r) {
        return template(r, r.path("project"));
    }

    private Reply template(ApiRequest r, String project) {
        Project p = projects.get(r.caller(), r.spaceId(), project);
        String channel = r.query().nonBlank("channel");
        String releaseId = r.query().nonBlank("releaseId");
        if (releaseId != null) {
            Release release = releases.get(r.caller(), r.spaceId(), releaseId);
            if (!release.projectId().equals(p.id())) {
                throw ApiProblem.badRequest(
                        "Release " + releaseId + " is not a release of project " + p.name() + ".");
            }
            channel = channel == null ? release.channelId() : channel;
        }
        return Reply.ok(
                ReleaseTemplateWire.of(
                        releases.template(r.caller(), r.spaceId(), p.id(), channel),
                        r.spaceId(),
                        p.name(),
                        r.links()));
    }
}

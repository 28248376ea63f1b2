package io.jenkins.plugins.freight.plugin.steps;

import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.actions.CreateReleaseAction;
import io.jenkins.plugins.freight.client.actions.CreateReleaseRequest;
import io.jenkins.plugins.freight.client.actions.CreateReleaseResult;
import io.jenkins.plugins.freight.client.actions.DeploymentFailedException;
import io.jenkins.plugins.freight.plugin.Messages;
import java.io.IOException;

/**
 * {@code freightCreateRelease}: creates a release of a project and, when environments are given,
 * deploys it to all of them ("deploy this release after it is created"), optionally waiting with
 * live progress.
 *
 * @param releaseVersion blank lets the server compute it from the project's versioning template
 * @param packageVersions {@code PackageID:Version}, {@code StepName:Version} or {@code
 *     StepName:Reference:Version}, one per line
 * @param releaseNotesFile a workspace file with the notes (instead of {@code releaseNotes})
 * @param linkBuild append "Release created by build ..." with the build's link to the notes
 * @param deployment where to deploy it; its environments empty means do not deploy
 */
public record CreateReleaseOperation(
        String project,
        String releaseVersion,
        String channel,
        String packageVersions,
        String defaultPackageVersion,
        String releaseNotes,
        String releaseNotesFile,
        boolean linkBuild,
        boolean ignoreIfExists,
        DeploymentSettings deployment)
        implements FreightOperation {

    @Override
    public String title() {
        return Messages.Title_CreateRelease();
    }

    @Override
    public StepOutcome run(StepEnvironment env) throws IOException, InterruptedException {
        String notes = StepInputs.optional(releaseNotes);
        String file = StepInputs.optional(releaseNotesFile);
        if (file != null) {
            notes = env.workspace().readText(file);
        }
        if (linkBuild) {
            BuildFacts build = env.build();
            String line =
                    Messages.Log_ReleaseLinkback(
                            build.jobName(),
                            build.buildNumber(),
                            build.buildUrl() == null ? "" : build.buildUrl());
            notes = notes == null ? line : notes.stripTrailing() + "\n\n" + line;
        }
        boolean deploy =
                deployment != null && !StepInputs.list(deployment.environments()).isEmpty();
        CreateReleaseRequest request =
                new CreateReleaseRequest(
                        StepInputs.required(project, "project"),
                        releaseVersion,
                        channel,
                        StepInputs.lines(packageVersions),
                        defaultPackageVersion,
                        notes,
                        null,
                        ignoreIfExists,
                        false,
                        deploy ? deployment.toOptions() : null);
        try (FreightClient client = env.connect()) {
            CreateReleaseResult result = new CreateReleaseAction(client, env.log()).create(request);
            return ResultMaps.release(result);
        } catch (DeploymentFailedException e) {
            throw new StepFailedException(
                    e.getMessage(),
                    e.result() instanceof CreateReleaseResult r ? ResultMaps.release(r) : null);
        }
    }
}

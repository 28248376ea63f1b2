package io.jenkins.plugins.freight.plugin.steps;

import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.actions.BuildInformationAction;
import io.jenkins.plugins.freight.client.actions.BuildInformationRequest;
import io.jenkins.plugins.freight.client.buildinfo.BuildInformation;
import io.jenkins.plugins.freight.plugin.Messages;

/**
 * {@code freightBuildInfo}: attaches this build (number, link, branch, repository, commit and the
 * commits of its change sets) to package versions, so releases show what went into them.
 *
 * @param packageIds one or more package IDs (lines or commas)
 * @param vcsType defaults to {@code Git} when a repository is given
 */
public record BuildInfoOperation(
        String packageIds,
        String version,
        String branch,
        String vcsRoot,
        String vcsCommitNumber,
        String vcsType,
        String overwriteMode)
        implements FreightOperation {

    @Override
    public String title() {
        return Messages.Title_BuildInfo();
    }

    @Override
    public StepOutcome run(StepEnvironment env) {
        BuildFacts build = env.build();
        String root = StepInputs.optional(vcsRoot);
        String type = StepInputs.optional(vcsType);
        BuildInformation information =
                new BuildInformation(
                        "Jenkins",
                        build.buildNumber(),
                        build.buildUrl(),
                        StepInputs.optional(branch),
                        type != null ? type : root != null ? "Git" : null,
                        root,
                        StepInputs.optional(vcsCommitNumber),
                        build.commits());
        BuildInformationRequest request =
                new BuildInformationRequest(
                        StepInputs.list(StepInputs.required(packageIds, "packageIds")),
                        StepInputs.required(version, "version"),
                        information,
                        StepInputs.overwriteMode(overwriteMode));
        try (FreightClient client = env.connect()) {
            return ResultMaps.buildInformation(
                    new BuildInformationAction(client, env.log()).push(request));
        }
    }
}

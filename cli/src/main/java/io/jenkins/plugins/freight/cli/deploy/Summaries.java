package io.jenkins.plugins.freight.cli.deploy;

import io.jenkins.plugins.freight.client.actions.DeployResult;

/** The text form of deployment results: one line per deployment. */
public final class Summaries {

    private Summaries() {}

    public static String[] deployments(DeployResult result) {
        return result.deployments().stream()
                .map(
                        d ->
                                d.label()
                                        + " "
                                        + d.deploymentId()
                                        + " "
                                        + d.taskId()
                                        + (d.state() == null ? "" : " " + d.state().wireName()))
                .toArray(String[]::new);
    }
}

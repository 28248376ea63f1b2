package io.jenkins.plugins.freight.server.ui;

/**
 * An environment a release may be deployed to by this user now.
 *
 * @param environmentId {@code Environments-N}
 * @param environmentName shown on the button
 * @param redeploy the release was deployed there before
 */
public record DeployOption(String environmentId, String environmentName, boolean redeploy) {}

package io.jenkins.plugins.freight.plugin.steps;

import io.jenkins.plugins.freight.client.actions.AwaitOptions;
import io.jenkins.plugins.freight.client.actions.DeploymentOptions;
import java.io.Serializable;

/**
 * Where and how to deploy, as the steps' fields give it.
 *
 * @param environments one or more, comma- or line-separated
 * @param tenants tenant names, for a tenanted deployment
 * @param tenantTags {@code TagSet/Tag}, selecting tenants
 * @param variables prompted variables, {@code Name=Value} per line
 * @param waitForDeployment stream the deployments' progress and wait for them ("show deployment
 *     progress")
 * @param timeout how long to wait at most ({@code 90s}, {@code 10m}, {@code 1h30m}, {@code
 *     36:00:00}); blank for no limit
 * @param cancelOnTimeout cancel the deployments still running at the timeout
 * @param cancelOnAbort cancel the deployments still running when the build is aborted
 */
public record DeploymentSettings(
        String environments,
        String tenants,
        String tenantTags,
        String variables,
        boolean waitForDeployment,
        String timeout,
        boolean cancelOnTimeout,
        boolean cancelOnAbort)
        implements Serializable {

    public DeploymentOptions toOptions() {
        DeploymentOptions options =
                DeploymentOptions.to(StepInputs.list(environments))
                        .withTenants(StepInputs.list(tenants), StepInputs.lines(tenantTags))
                        .withVariables(StepInputs.variables(variables));
        return waitForDeployment
                ? options.withAwait(await(timeout, cancelOnTimeout, cancelOnAbort))
                : options;
    }

    static AwaitOptions await(String timeout, boolean cancelOnTimeout, boolean cancelOnAbort) {
        return AwaitOptions.defaults()
                .withTimeout(StepInputs.timeout(timeout), cancelOnTimeout)
                .withCancelOnAbort(cancelOnAbort);
    }
}

package io.jenkins.plugins.freight.engine.deployment;

import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.environment.EnvironmentListener;
import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.space.Page;
import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Refuses deleting an environment that releases were deployed to: deployment history (and the
 * progression of those releases through their lifecycles) names the environment.
 */
final class EnvironmentDeployments implements EnvironmentListener {

    private static final int NAMED_AT_MOST = 3;

    private final DeploymentRepository deployments;

    EnvironmentDeployments(DeploymentRepository deployments) {
        this.deployments = deployments;
    }

    @Override
    public void deleting(Handle handle, Environment environment) {
        Page<Deployment> page =
                deployments.list(
                        handle,
                        environment.spaceId(),
                        DeploymentQuery.all()
                                .withEnvironments(List.of(environment.id()))
                                .page(0, NAMED_AT_MOST));
        if (page.totalResults() == 0) {
            return;
        }
        String ids = page.items().stream().map(Deployment::id).collect(Collectors.joining(", "));
        long more = page.totalResults() - page.items().size();
        throw new ConflictException(
                "Environment '"
                        + environment.name()
                        + "' has "
                        + page.totalResults()
                        + (page.totalResults() == 1 ? " deployment" : " deployments")
                        + " ("
                        + ids
                        + (more > 0 ? " and " + more + " more" : "")
                        + ") and cannot be deleted while the deployment history names it.");
    }
}

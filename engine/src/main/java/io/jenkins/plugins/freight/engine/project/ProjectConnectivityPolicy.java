package io.jenkins.plugins.freight.engine.project;

import io.jenkins.plugins.freight.engine.space.Documents;
import java.util.List;

/**
 * How a deployment treats targets.
 *
 * @param skipUnavailableMachines Octopus {@code SkipMachineBehavior}: {@code
 *     SkipUnavailableMachines} when true, {@code None} when false
 * @param targetRoles the target tags to which {@code skipUnavailableMachines} applies (empty: all)
 * @param allowDeploymentsToNoTargets whether a deployment may go ahead with no matching target
 * @param excludeUnhealthyTargets whether unhealthy targets are left out
 */
public record ProjectConnectivityPolicy(
        boolean skipUnavailableMachines,
        List<String> targetRoles,
        boolean allowDeploymentsToNoTargets,
        boolean excludeUnhealthyTargets) {

    public ProjectConnectivityPolicy {
        targetRoles = Documents.listCopy(targetRoles);
    }

    public static ProjectConnectivityPolicy defaults() {
        return new ProjectConnectivityPolicy(false, List.of(), false, false);
    }
}

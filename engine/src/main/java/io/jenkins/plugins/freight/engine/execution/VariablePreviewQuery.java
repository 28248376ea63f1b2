package io.jenkins.plugins.freight.engine.execution;

/**
 * The context of a variable preview (Octopus {@code variables/preview}); every part but the project
 * may be null, and a part left out matches no value scoped to that dimension. References are ids;
 * project, environment, tenant and machine may also be given by slug or name.
 *
 * @param project the project whose deployments are previewed (required)
 * @param runbook a runbook id: Freight has none, so any value is refused
 * @param environment the environment deployed to
 * @param channel a channel of the project
 * @param tenant the tenant deployed for
 * @param action an action (or step) of the project's process, by id or name
 * @param machine a deployment target
 * @param role a target tag, added to the machine's tags
 */
public record VariablePreviewQuery(
        String project,
        String runbook,
        String environment,
        String channel,
        String tenant,
        String action,
        String machine,
        String role) {}

package io.jenkins.plugins.freight.engine.worker;

import io.jenkins.plugins.freight.engine.machine.Endpoint;
import io.jenkins.plugins.freight.engine.machine.Machine;
import io.jenkins.plugins.freight.engine.machine.MachineHealth;
import io.jenkins.plugins.freight.engine.machine.SshEndpoint;
import io.jenkins.plugins.freight.engine.space.Documents;
import java.time.Instant;
import java.util.List;

/**
 * A machine that runs the steps of deployments that run on the server (Octopus worker): like a
 * deployment target, reached over SSH with an account and a pinned host key, but chosen by worker
 * pool instead of environment and target tag.
 *
 * @param id {@code Workers-N}
 * @param name unique among the space's workers (case-insensitive)
 * @param workerPoolIds the pools it belongs to, at least one
 * @param machinePolicyId kept as given; {@code MachinePolicies-1} by default
 * @param endpoint how to reach it (SSH)
 * @param health what the last health check found
 */
public record Worker(
        String id,
        String spaceId,
        String name,
        String slug,
        boolean isDisabled,
        List<String> workerPoolIds,
        String machinePolicyId,
        Endpoint endpoint,
        MachineHealth health,
        Instant lastModifiedOn,
        String lastModifiedBy) {

    public Worker {
        workerPoolIds = Documents.listCopy(workerPoolIds);
        machinePolicyId =
                machinePolicyId == null || machinePolicyId.isBlank()
                        ? Machine.DEFAULT_MACHINE_POLICY_ID
                        : machinePolicyId;
        health = health == null ? MachineHealth.unknown() : health;
    }

    /** A new enabled SSH worker in these pools. */
    public static Worker ssh(String name, List<String> workerPoolIds, SshEndpoint endpoint) {
        return new Worker(
                null, null, name, null, false, workerPoolIds, null, endpoint, null, null, null);
    }

    public Worker withDisabled(boolean value) {
        return new Worker(
                id,
                spaceId,
                name,
                slug,
                value,
                workerPoolIds,
                machinePolicyId,
                endpoint,
                health,
                lastModifiedOn,
                lastModifiedBy);
    }

    public Worker withWorkerPoolIds(List<String> value) {
        return new Worker(
                id,
                spaceId,
                name,
                slug,
                isDisabled,
                value,
                machinePolicyId,
                endpoint,
                health,
                lastModifiedOn,
                lastModifiedBy);
    }

    Worker stored(
            String newId,
            String newSpaceId,
            String newName,
            String newSlug,
            MachineHealth newHealth,
            Instant on,
            String by) {
        return new Worker(
                newId,
                newSpaceId,
                newName,
                newSlug,
                isDisabled,
                workerPoolIds.stream().distinct().toList(),
                machinePolicyId,
                endpoint,
                newHealth,
                on,
                by);
    }
}

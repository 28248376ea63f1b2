package io.jenkins.plugins.freight.engine.process;

import io.jenkins.plugins.freight.engine.space.Documents;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A project's deployment process, or an immutable snapshot of one that a release froze.
 *
 * @param id {@code deploymentprocess-Projects-N}, or a snapshot id {@code
 *     deploymentprocess-Projects-N-s-<version>-<code>}
 * @param version starts at 0 and goes up by one with each saved change; a change must name the
 *     version it was based on
 * @param steps in order
 * @param lastSnapshotId the newest snapshot taken of this process, or null
 */
public record DeploymentProcess(
        String id,
        String spaceId,
        String projectId,
        int version,
        List<DeploymentStep> steps,
        String lastSnapshotId,
        Instant lastModifiedOn,
        String lastModifiedBy) {

    public DeploymentProcess {
        steps = Documents.listCopy(steps);
    }

    /** A changed process to save: these steps, based on {@code version}. */
    public static DeploymentProcess edit(int version, List<DeploymentStep> steps) {
        return new DeploymentProcess(null, null, null, version, steps, null, null, null);
    }

    /** Every action of every step, in order. */
    public List<DeploymentAction> actions() {
        return steps.stream().flatMap(s -> s.actions().stream()).toList();
    }

    /** The step with this name (case-insensitive). */
    public Optional<DeploymentStep> step(String name) {
        return steps.stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The action with this name or id (names compared case-insensitively). */
    public Optional<DeploymentAction> action(String nameOrId) {
        return actions().stream()
                .filter(a -> a.name().equalsIgnoreCase(nameOrId) || nameOrId.equals(a.id()))
                .findFirst();
    }

    /** Whether this is a snapshot a release froze rather than the project's live process. */
    public boolean isSnapshot() {
        return id != null && id.contains("-s-");
    }
}

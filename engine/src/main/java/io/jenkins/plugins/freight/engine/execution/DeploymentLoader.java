package io.jenkins.plugins.freight.engine.execution;

import io.jenkins.plugins.freight.engine.deployment.Deployment;
import io.jenkins.plugins.freight.engine.deployment.DeploymentService;
import io.jenkins.plugins.freight.engine.error.FreightException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.execution.LoadedDeployment.LoadedMachine;
import io.jenkins.plugins.freight.engine.machine.Machine;
import io.jenkins.plugins.freight.engine.process.DeploymentProcess;
import io.jenkins.plugins.freight.engine.process.DeploymentStep;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.User;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.task.TaskMachines;
import io.jenkins.plugins.freight.engine.tenant.Tenant;
import io.jenkins.plugins.freight.engine.variable.VariableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/** Reads what a {@code Deploy} task needs, in one transaction. */
final class DeploymentLoader {

    private final DeployServices services;

    DeploymentLoader(DeployServices services) {
        this.services = services;
    }

    LoadedDeployment load(ServerTask task) {
        LoadedDeployment loaded = services.database().inTransaction(h -> load(h, task));
        return loaded.withDeployedBy(user(loaded.deployment().deployedById()));
    }

    private LoadedDeployment load(Handle h, ServerTask task) {
        Deployment d = deployment(h, task);
        Release release = services.releases().require(h, d.spaceId(), d.releaseId());
        DeploymentProcess process = services.processes().getSnapshot(h, d.processSnapshotId());
        String snapshotId =
                d.variableSnapshotId() != null
                        ? d.variableSnapshotId()
                        : release.variableSnapshotId();
        List<VariableSet> sets =
                snapshotId == null
                        ? List.of()
                        : services.variables().getSnapshot(h, snapshotId).sets();
        Optional<Tenant> tenant =
                d.tenantId() == null
                        ? Optional.empty()
                        : Optional.of(services.tenants().require(h, d.spaceId(), d.tenantId()));
        Map<String, String> prompted = services.deployments().promptedValues(d);
        List<LoadedMachine> machines = machines(h, d, process);
        // machines/{id}/tasks lists the tasks that ran on a target: remember the ones picked
        TaskMachines.record(h, task.id(), machines.stream().map(m -> m.machine().id()).toList());
        return new LoadedDeployment(
                task,
                d,
                release,
                services.projects().require(h, d.spaceId(), d.projectId()),
                services.channels().require(h, d.spaceId(), d.channelId()),
                services.environments().require(h, d.spaceId(), d.environmentId()),
                services.spaces().require(h, d.spaceId()),
                tenant,
                process,
                sets,
                prompted,
                Set.copyOf(d.sensitiveFormValues().keySet()),
                machines,
                Optional.empty());
    }

    private Deployment deployment(Handle h, ServerTask task) {
        Optional<String> id = task.stringArgument(DeploymentService.DEPLOYMENT_ID_ARGUMENT);
        if (id.isPresent()) {
            return services.deployments().require(h, task.spaceId(), id.get());
        }
        return services.deployments()
                .findByTask(h, task.id())
                .orElseThrow(() -> NotFoundException.of("Deployment of task", task.id()));
    }

    /** The enabled targets with any tag a step targets, less the excluded ones. */
    private List<LoadedMachine> machines(Handle h, Deployment d, DeploymentProcess process) {
        Set<String> roles = new LinkedHashSet<>();
        for (DeploymentStep step : process.steps()) {
            roles.addAll(step.targetRoles());
        }
        List<Machine> found =
                services.machines()
                        .targets(
                                h,
                                d.spaceId(),
                                d.environmentId(),
                                List.copyOf(roles),
                                d.tenantId());
        List<LoadedMachine> out = new ArrayList<>();
        for (Machine m : found) {
            if (d.excludedMachineIds().contains(m.id())
                    || (!d.specificMachineIds().isEmpty()
                            && !d.specificMachineIds().contains(m.id()))) {
                continue;
            }
            out.add(withCredentials(h, d.spaceId(), m));
        }
        out.sort(Comparator.comparing(l -> l.machine().name().toLowerCase(java.util.Locale.ROOT)));
        return out;
    }

    private LoadedMachine withCredentials(Handle h, String spaceId, Machine m) {
        String accountId = m.endpoint() == null ? null : m.endpoint().accountId();
        if (accountId == null || accountId.isBlank()) {
            return new LoadedMachine(
                    m, null, "Deployment target " + m.name() + " has no account to log in with.");
        }
        try {
            return new LoadedMachine(
                    m, services.accounts().credentials(h, spaceId, accountId), null);
        } catch (FreightException e) {
            return new LoadedMachine(
                    m,
                    null,
                    "The account of deployment target "
                            + m.name()
                            + " could not be read: "
                            + e.getMessage());
        }
    }

    private Optional<User> user(String userId) {
        if (userId == null || userId.isBlank() || userId.equals(Caller.system().userId())) {
            return Optional.empty();
        }
        try {
            return Optional.of(services.identity().getUser(Caller.system(), userId));
        } catch (FreightException e) {
            return Optional.empty();
        }
    }

    /** The user behind an id, for the answer a step sees (empty when unknown). */
    Optional<User> findUser(String userId) {
        return user(userId);
    }
}

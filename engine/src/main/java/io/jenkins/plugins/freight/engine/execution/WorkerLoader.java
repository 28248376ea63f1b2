package io.jenkins.plugins.freight.engine.execution;

import io.jenkins.plugins.freight.engine.error.FreightException;
import io.jenkins.plugins.freight.engine.execution.LoadedWorkers.LoadedPool;
import io.jenkins.plugins.freight.engine.execution.LoadedWorkers.LoadedWorker;
import io.jenkins.plugins.freight.engine.machine.AccountService;
import io.jenkins.plugins.freight.engine.machine.HealthStatus;
import io.jenkins.plugins.freight.engine.process.DeploymentAction;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.worker.Worker;
import io.jenkins.plugins.freight.engine.worker.WorkerPool;
import io.jenkins.plugins.freight.engine.worker.WorkerPoolService;
import io.jenkins.plugins.freight.engine.worker.WorkerService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;

/**
 * Reads, in one transaction, the worker pools a deployment's server steps may use: the default pool
 * and every pool its actions name (by {@code WorkerPoolId}, the {@code Octopus.Action.WorkerPoolId}
 * property, or the variable {@code WorkerPoolVariable} names), with their enabled workers that are
 * not known to be unhealthy.
 */
final class WorkerLoader {

    private final Database database;
    private final WorkerPoolService pools;
    private final WorkerService workers;
    private final AccountService accounts;

    WorkerLoader(
            Database database,
            WorkerPoolService pools,
            WorkerService workers,
            AccountService accounts) {
        this.database = database;
        this.pools = pools;
        this.workers = workers;
        this.accounts = accounts;
    }

    /**
     * @param variables the deployment-level value of a variable (for {@code WorkerPoolVariable})
     */
    LoadedWorkers load(LoadedDeployment d, UnaryOperator<String> variables) {
        if (!runsAnythingOnTheServer(d)) {
            return LoadedWorkers.none();
        }
        String spaceId = d.deployment().spaceId();
        Set<String> references = new LinkedHashSet<>();
        for (DeploymentAction action : d.process().actions()) {
            poolReference(action, variables).ifPresent(references::add);
        }
        return database.inTransaction(h -> load(h, spaceId, references));
    }

    private LoadedWorkers load(Handle h, String spaceId, Set<String> references) {
        Optional<WorkerPool> defaultPool = pools.findDefault(h, spaceId);
        Map<String, LoadedPool> loaded = new LinkedHashMap<>();
        if (defaultPool.isPresent()) {
            loaded.put(defaultPool.get().id(), pool(h, spaceId, defaultPool.get()));
        }
        for (String reference : references) {
            Optional<WorkerPool> found = pools.find(h, spaceId, reference);
            if (found.isEmpty()) {
                continue; // the action fails with a clear message when it runs
            }
            LoadedPool pool =
                    loaded.computeIfAbsent(found.get().id(), id -> pool(h, spaceId, found.get()));
            loaded.put(reference, pool);
        }
        return new LoadedWorkers(defaultPool, loaded);
    }

    /** The pool an action names, if any: the field, else the property, else the variable. */
    static Optional<String> poolReference(
            DeploymentAction action, UnaryOperator<String> variables) {
        String field = action.workerPoolId();
        if (field != null && !field.isBlank()) {
            return Optional.of(field.strip());
        }
        String property = action.properties().get(DeploymentAction.WORKER_POOL_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Optional.of(property.strip());
        }
        String variable = action.workerPoolVariable();
        if (variable != null && !variable.isBlank()) {
            String value = variables.apply(variable.strip());
            if (value != null && !value.isBlank()) {
                return Optional.of(value.strip());
            }
        }
        return Optional.empty();
    }

    private static boolean runsAnythingOnTheServer(LoadedDeployment d) {
        return d.process().actions().stream()
                .anyMatch(
                        a ->
                                "true"
                                        .equalsIgnoreCase(
                                                a.properties()
                                                        .getOrDefault(
                                                                DeploymentAction.RUN_ON_SERVER,
                                                                "false")
                                                        .strip()));
    }

    private LoadedPool pool(Handle h, String spaceId, WorkerPool pool) {
        List<LoadedWorker> out = new ArrayList<>();
        int unhealthy = 0;
        for (Worker w : workers.enabledWorkers(h, spaceId, pool.id())) {
            HealthStatus health = w.health().status();
            if (health.isDeployable()) {
                out.add(withCredentials(h, spaceId, w));
            } else {
                unhealthy++;
            }
        }
        return new LoadedPool(pool, out, unhealthy);
    }

    private LoadedWorker withCredentials(Handle h, String spaceId, Worker w) {
        String accountId = w.endpoint() == null ? null : w.endpoint().accountId();
        if (accountId == null || accountId.isBlank()) {
            return new LoadedWorker(
                    w, null, "Worker " + w.name() + " has no account to log in with.");
        }
        try {
            return new LoadedWorker(w, accounts.credentials(h, spaceId, accountId), null);
        } catch (FreightException e) {
            return new LoadedWorker(
                    w,
                    null,
                    "The account of worker " + w.name() + " could not be read: " + e.getMessage());
        }
    }
}

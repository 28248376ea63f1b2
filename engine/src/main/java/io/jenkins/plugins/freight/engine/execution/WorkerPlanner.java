package io.jenkins.plugins.freight.engine.execution;

import io.jenkins.plugins.freight.engine.execution.LoadedWorkers.LoadedPool;
import io.jenkins.plugins.freight.engine.execution.LoadedWorkers.LoadedWorker;
import io.jenkins.plugins.freight.engine.machine.SshEndpoint;
import io.jenkins.plugins.freight.engine.process.DeploymentAction;
import io.jenkins.plugins.freight.engine.target.SshConnector;
import io.jenkins.plugins.freight.engine.target.SshTargetSettings;
import io.jenkins.plugins.freight.engine.target.Target;
import io.jenkins.plugins.freight.engine.worker.Worker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Turns the loaded worker pools into {@link ServerWorkers}: each worker becomes one lazily
 * connected SSH target (shared by every pool it is in), exactly as a deployment target does, and
 * its account's secrets join the values masked in the task log.
 */
final class WorkerPlanner {

    /**
     * The deployment variable naming the directory under which Freight keeps scratch files and
     * applications on workers; {@code $HOME/.freight} when absent.
     */
    static final String ROOT_DIRECTORY = "Freight.Worker.RootDirectory";

    private final SshConnector connector;
    private final Duration connectTimeout;
    private final Optional<String> rootDirectory;
    private final Set<String> secrets = new HashSet<>();
    private final ServerWorkers serverWorkers;

    WorkerPlanner(
            SshConnector connector,
            LoadedWorkers loaded,
            DeploymentVariables variables,
            Duration connectTimeout) {
        this.connector = connector;
        this.connectTimeout = connectTimeout;
        this.rootDirectory =
                Optional.ofNullable(variables.value(ROOT_DIRECTORY))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty());
        Map<String, Target> byWorker = new LinkedHashMap<>();
        Map<LoadedPool, ServerWorkers.Pool> converted = new java.util.IdentityHashMap<>();
        Map<String, ServerWorkers.Pool> pools = new LinkedHashMap<>();
        for (Map.Entry<String, LoadedPool> e : loaded.pools().entrySet()) {
            ServerWorkers.Pool pool =
                    converted.computeIfAbsent(e.getValue(), p -> convert(p, byWorker));
            pools.put(e.getKey(), pool);
        }
        ServerWorkers.Pool defaultPool =
                loaded.defaultPool().map(p -> pools.get(p.id())).orElse(null);
        this.serverWorkers = new ServerWorkers(pools, defaultPool);
    }

    ServerWorkers serverWorkers() {
        return serverWorkers;
    }

    /** The workers' account secrets. */
    Set<String> secrets() {
        return Set.copyOf(secrets);
    }

    /**
     * The action's properties with the pool it runs on as {@code Octopus.Action.WorkerPoolId} (from
     * the field, the property, or the variable {@code WorkerPoolVariable} names), so the runner
     * finds it there.
     */
    static Map<String, String> withWorkerPool(
            Map<String, String> properties,
            DeploymentAction action,
            UnaryOperator<String> variables) {
        Optional<String> pool = WorkerLoader.poolReference(action, variables);
        if (pool.isEmpty()
                || pool.get().equals(properties.get(DeploymentAction.WORKER_POOL_PROPERTY))) {
            return properties;
        }
        Map<String, String> props = new LinkedHashMap<>(properties);
        props.put(DeploymentAction.WORKER_POOL_PROPERTY, pool.get());
        return props;
    }

    private ServerWorkers.Pool convert(LoadedPool loaded, Map<String, Target> byWorker) {
        List<Target> targets = new ArrayList<>();
        for (LoadedWorker w : loaded.workers()) {
            targets.add(byWorker.computeIfAbsent(w.worker().id(), id -> target(w)));
        }
        return new ServerWorkers.Pool(
                loaded.pool().id(),
                loaded.pool().name(),
                loaded.pool().isDefault(),
                targets,
                loaded.unhealthy());
    }

    private Target target(LoadedWorker loaded) {
        Worker w = loaded.worker();
        if (loaded.problem() != null) {
            return new LazySshTarget(connector, w.id(), w.name(), null, loaded.problem());
        }
        if (!(w.endpoint() instanceof SshEndpoint ssh)) {
            return new LazySshTarget(
                    connector,
                    w.id(),
                    w.name(),
                    null,
                    "Worker " + w.name() + " has no SSH endpoint.");
        }
        PlanBuilder.addSecret(secrets, loaded.credentials().password());
        PlanBuilder.addSecret(secrets, loaded.credentials().passphrase());
        SshTargetSettings settings =
                new SshTargetSettings(
                        w.id(),
                        w.name(),
                        ssh.host(),
                        ssh.port(),
                        ssh.fingerprint(),
                        PlanBuilder.credentials(loaded.credentials()),
                        rootDirectory,
                        connectTimeout);
        return new LazySshTarget(connector, w.id(), w.name(), settings, null);
    }
}

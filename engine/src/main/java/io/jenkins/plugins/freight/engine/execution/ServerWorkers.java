package io.jenkins.plugins.freight.engine.execution;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.process.DeploymentAction;
import io.jenkins.plugins.freight.engine.target.Target;
import io.jenkins.plugins.freight.engine.target.TargetLocks;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where the actions that run on the server run, like Octopus workers: on a worker of the pool the
 * action names ({@code Octopus.Action.WorkerPoolId}), else of the space's default pool; when the
 * default pool has no workers, on the engine's own host (the built-in worker) if the engine allows
 * it (never when the pool's workers are only unhealthy). Among a pool's workers, one that no other
 * step holds is preferred, taking turns, so parallel actions spread over the pool; the worker's
 * lock then makes an action wait when every worker is busy.
 */
public final class ServerWorkers implements AutoCloseable {

    /**
     * A pool's workers as targets (shared by every pool they belong to).
     *
     * @param unhealthy enabled workers left out by their last health check
     */
    record Pool(String id, String name, boolean isDefault, List<Target> workers, int unhealthy) {

        Pool {
            workers = List.copyOf(workers);
        }
    }

    private final Map<String, Pool> pools;
    private final Pool defaultPool;
    private final Map<Pool, AtomicInteger> turns = new IdentityHashMap<>();

    /**
     * @param pools by id and by every reference the process uses for them
     * @param defaultPool the space's default pool, or null
     */
    ServerWorkers(Map<String, Pool> pools, Pool defaultPool) {
        this.pools = Map.copyOf(pools);
        this.defaultPool = defaultPool;
        for (Pool p : this.pools.values()) {
            turns.putIfAbsent(p, new AtomicInteger());
        }
        if (defaultPool != null) {
            turns.putIfAbsent(defaultPool, new AtomicInteger());
        }
    }

    /** No pools: server actions run on the engine's own host when the engine allows it. */
    public static ServerWorkers builtInOnly() {
        return new ServerWorkers(Map.of(), null);
    }

    /**
     * The target an action that runs on the server runs on.
     *
     * @param builtInAllowed whether actions may run on the engine's own host
     * @throws InvalidInputException naming what to change when there is nowhere to run it
     */
    Target choose(
            PlannedAction action,
            boolean builtInAllowed,
            Optional<Target> localHost,
            TargetLocks locks) {
        String reference = action.properties().get(DeploymentAction.WORKER_POOL_PROPERTY);
        Pool pool = defaultPool;
        if (reference != null && !reference.isBlank()) {
            pool = pools.get(reference.strip());
            if (pool == null) {
                throw new InvalidInputException(
                        "Action "
                                + action.name()
                                + " runs on worker pool '"
                                + reference.strip()
                                + "', which is not a worker pool of this space.");
            }
        }
        if (pool != null && !pool.workers().isEmpty()) {
            return pick(pool, locks);
        }
        if (pool != null && pool.unhealthy() > 0) {
            // workers exist but cannot be used: never fall back to the engine's own host
            throw new InvalidInputException(
                    "Action "
                            + action.name()
                            + " runs on worker pool "
                            + pool.name()
                            + ", whose enabled workers the last health check found Unhealthy or"
                            + " Unavailable.");
        }
        if (pool != null && !pool.isDefault()) {
            throw new InvalidInputException(
                    "Action "
                            + action.name()
                            + " runs on worker pool "
                            + pool.name()
                            + ", which has no enabled workers; add a worker to the pool or enable"
                            + " one of its workers.");
        }
        if (builtInAllowed && localHost.isPresent()) {
            return localHost.get();
        }
        throw new InvalidInputException(
                "Action "
                        + action.name()
                        + " runs on the server, but running steps on the server is turned off for"
                        + " this engine and the default worker pool"
                        + (pool == null ? "" : " (" + pool.name() + ")")
                        + " has no workers: add a worker to the default worker pool (or name a"
                        + " worker pool with workers on the step), or turn on the built-in worker"
                        + " (running steps on the engine's own host).");
    }

    private Target pick(Pool pool, TargetLocks locks) {
        List<Target> workers = pool.workers();
        int start = Math.floorMod(turns.get(pool).getAndIncrement(), workers.size());
        Target chosen = workers.get(start);
        for (int i = 0; i < workers.size(); i++) {
            Target candidate = workers.get((start + i) % workers.size());
            if (!locks.isBusy(candidate.id())) {
                chosen = candidate;
                break;
            }
        }
        return new WorkerTarget(chosen, pool.id(), pool.name());
    }

    /** Closes every worker's connection (once each). */
    @Override
    public void close() {
        List<Target> all = new ArrayList<>();
        for (Pool p : pools.values()) {
            for (Target t : p.workers()) {
                if (all.stream().noneMatch(x -> x == t)) {
                    all.add(t);
                }
            }
        }
        if (defaultPool != null) {
            for (Target t : defaultPool.workers()) {
                if (all.stream().noneMatch(x -> x == t)) {
                    all.add(t);
                }
            }
        }
        all.forEach(Target::close);
    }
}

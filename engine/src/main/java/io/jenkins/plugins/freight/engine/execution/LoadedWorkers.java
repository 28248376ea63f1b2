package io.jenkins.plugins.freight.engine.execution;

import io.jenkins.plugins.freight.engine.machine.AccountCredentials;
import io.jenkins.plugins.freight.engine.worker.Worker;
import io.jenkins.plugins.freight.engine.worker.WorkerPool;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The worker pools a deployment's server steps may use, read with the deployment: the space's
 * default pool and every pool an action names, each with its enabled workers and their accounts'
 * secrets.
 *
 * @param defaultPool the space's default pool (empty only in a space that has none yet)
 * @param pools by id, and also by the reference an action used (id, slug or name); a reference that
 *     names no pool of the space is absent
 */
record LoadedWorkers(Optional<WorkerPool> defaultPool, Map<String, LoadedPool> pools) {

    LoadedWorkers {
        pools = Map.copyOf(pools);
    }

    static LoadedWorkers none() {
        return new LoadedWorkers(Optional.empty(), Map.of());
    }

    /**
     * A pool with its enabled workers, in name order.
     *
     * @param unhealthy how many enabled workers were left out because the last health check found
     *     them Unhealthy or Unavailable
     */
    record LoadedPool(WorkerPool pool, List<LoadedWorker> workers, int unhealthy) {

        LoadedPool {
            workers = List.copyOf(workers);
        }
    }

    /**
     * A worker with what logging in to it needs.
     *
     * @param credentials the account's secrets, or null when they could not be read
     * @param problem why the worker cannot be reached, or null
     */
    record LoadedWorker(Worker worker, AccountCredentials credentials, String problem) {

        @Override
        public String toString() {
            return "LoadedWorker[" + worker.id() + ", " + worker.name() + "]";
        }
    }
}

package io.jenkins.plugins.freight.engine.execution;

import io.jenkins.plugins.freight.engine.target.RunningScript;
import io.jenkins.plugins.freight.engine.target.ScriptListener;
import io.jenkins.plugins.freight.engine.target.ScriptRequest;
import io.jenkins.plugins.freight.engine.target.Target;
import java.nio.file.Path;

/**
 * A worker chosen from a pool for one action: the worker's SSH target (shared by the deployment and
 * closed with it, so closing this does nothing) and the pool it was chosen from, for the task log
 * and the {@code Octopus.WorkerPool.*} variables. Its id is the worker's, so the worker's lock is
 * the one an action takes.
 */
final class WorkerTarget implements Target {

    private final Target worker;
    private final String poolId;
    private final String poolName;

    WorkerTarget(Target worker, String poolId, String poolName) {
        this.worker = worker;
        this.poolId = poolId;
        this.poolName = poolName;
    }

    String poolId() {
        return poolId;
    }

    String poolName() {
        return poolName;
    }

    /** The sentence the task log shows before the action runs. */
    String describe() {
        return "Running on worker " + worker.name() + " from worker pool " + poolName + ".";
    }

    @Override
    public String id() {
        return worker.id();
    }

    @Override
    public String name() {
        return worker.name();
    }

    @Override
    public String rootDirectory() {
        return worker.rootDirectory();
    }

    @Override
    public RunningScript start(ScriptRequest request, ScriptListener listener) {
        return worker.start(request, listener);
    }

    @Override
    public void uploadDirectory(Path localDirectory, String targetDirectory) {
        worker.uploadDirectory(localDirectory, targetDirectory);
    }

    @Override
    public void close() {
        // the deployment closes the worker's connection when it ends
    }

    @Override
    public String toString() {
        return "WorkerTarget[" + id() + ", " + name() + ", " + poolName + "]";
    }
}

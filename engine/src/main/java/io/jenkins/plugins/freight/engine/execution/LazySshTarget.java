package io.jenkins.plugins.freight.engine.execution;

import io.jenkins.plugins.freight.engine.error.TransientException;
import io.jenkins.plugins.freight.engine.target.RunningScript;
import io.jenkins.plugins.freight.engine.target.ScriptListener;
import io.jenkins.plugins.freight.engine.target.ScriptRequest;
import io.jenkins.plugins.freight.engine.target.SshConnector;
import io.jenkins.plugins.freight.engine.target.SshTarget;
import io.jenkins.plugins.freight.engine.target.SshTargetSettings;
import io.jenkins.plugins.freight.engine.target.Target;
import java.nio.file.Path;

/**
 * An SSH deployment target that connects when a step first uses it, so targets a deployment never
 * reaches (every step skipped there, or the deployment fails first) cost no connection. The
 * connection is shared by the deployment's steps and closed with the run.
 */
final class LazySshTarget implements Target {

    private final SshConnector connector;
    private final String id;
    private final String name;
    private final SshTargetSettings settings;
    private final String problem;
    private SshTarget connected;
    private boolean closed;

    /**
     * @param settings how to reach the target, or null when it cannot be reached
     * @param problem why it cannot be reached (when {@code settings} is null)
     */
    LazySshTarget(
            SshConnector connector,
            String id,
            String name,
            SshTargetSettings settings,
            String problem) {
        this.connector = connector;
        this.id = id;
        this.name = name;
        this.settings = settings;
        this.problem = problem != null || settings != null ? problem : name + " cannot be reached.";
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String rootDirectory() {
        return target().rootDirectory();
    }

    @Override
    public RunningScript start(ScriptRequest request, ScriptListener listener) {
        return target().start(request, listener);
    }

    @Override
    public void uploadDirectory(Path localDirectory, String targetDirectory) {
        target().uploadDirectory(localDirectory, targetDirectory);
    }

    private synchronized SshTarget target() {
        if (problem != null) {
            throw new TransientException(problem);
        }
        if (closed) {
            throw new TransientException("The deployment has finished with " + name() + ".");
        }
        if (connected == null) {
            connected = connector.connect(settings);
        }
        return connected;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (connected != null) {
            connected.close();
            connected = null;
        }
    }

    @Override
    public String toString() {
        return "SshTarget[" + id() + ", " + name() + "]";
    }
}

package io.jenkins.plugins.freight.engine.target;

import java.nio.file.Path;

/**
 * Where steps run: the engine's own host ({@link LocalHostTarget}) or a machine reached over SSH
 * ({@link SshTarget}). Failures to reach the target or to move files throw {@code
 * TransientException} with a sentence naming the target; scripts report their own failures in their
 * {@link ScriptResult}.
 */
public interface Target extends AutoCloseable {

    /** The machine id ({@code Machines-N}), or {@code "localhost"} for the engine's host. */
    String id();

    /** The name shown in logs and given to scripts as {@code Octopus.Machine.Name}. */
    String name();

    /**
     * The absolute directory on the target under which Freight keeps applications ({@code
     * Applications/…}) and scratch directories ({@code work/…}).
     */
    String rootDirectory();

    /** Starts a script; see {@link RunningScript}. */
    RunningScript start(ScriptRequest request, ScriptListener listener);

    /** Runs a script to completion (not cancelable from outside). */
    default ScriptResult run(ScriptRequest request, ScriptListener listener)
            throws InterruptedException {
        return start(request, listener).await();
    }

    /**
     * Copies a local directory tree to {@code targetDirectory} on the target (created with its
     * parents), keeping executable bits.
     */
    void uploadDirectory(Path localDirectory, String targetDirectory);

    /** Releases connections. */
    @Override
    void close();
}

package io.jenkins.plugins.freight.engine.target;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of one script run.
 *
 * @param exitCode the process's exit code ({@code -1} when it was killed)
 * @param outputVariables variables published with {@code set_octopusvariable}, in order
 * @param artifacts files published with {@code new_octopusartifact}
 * @param failureMessage the message given to {@code fail_step}, if the script called it
 */
public record ScriptResult(
        ScriptOutcome outcome,
        int exitCode,
        List<OutputVariable> outputVariables,
        List<ScriptArtifact> artifacts,
        Optional<String> failureMessage) {

    public ScriptResult {
        outputVariables = List.copyOf(outputVariables);
        artifacts = List.copyOf(artifacts);
    }

    public boolean isSuccessful() {
        return outcome.isSuccessful();
    }
}

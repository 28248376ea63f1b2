package io.jenkins.plugins.freight.engine.target;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One script to run on a target.
 *
 * @param syntax the script language
 * @param body the script text, already substituted
 * @param parameters shell words passed to the script as its positional parameters ({@code
 *     Octopus.Action.Script.ScriptParameters}); empty for none
 * @param variables what {@code get_octopusvariable} answers (names are case-insensitive); written
 *     to a file readable only by the target's user for the duration of the run
 * @param environment extra environment variables for the script
 * @param workingDirectory the directory the script starts in on the target; empty for a fresh
 *     scratch directory
 * @param timeout how long the script may run before it is killed; empty for no limit
 * @param masker hides sensitive values in every line before it leaves the runner
 */
public record ScriptRequest(
        ScriptSyntax syntax,
        String body,
        String parameters,
        Map<String, String> variables,
        Map<String, String> environment,
        Optional<String> workingDirectory,
        Optional<Duration> timeout,
        UnaryOperator<String> masker) {

    public ScriptRequest {
        Objects.requireNonNull(syntax, "syntax");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(parameters, "parameters");
        variables = Map.copyOf(variables);
        environment = Map.copyOf(environment);
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(masker, "masker");
        for (String name : environment.keySet()) {
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException(
                        "Environment variable names must be letters, digits and underscores.");
            }
        }
    }

    /** A Bash script with no variables, environment, timeout or masking. */
    public static ScriptRequest bash(String body) {
        return new ScriptRequest(
                ScriptSyntax.BASH,
                body,
                "",
                Map.of(),
                Map.of(),
                Optional.empty(),
                Optional.empty(),
                UnaryOperator.identity());
    }

    public ScriptRequest withSyntax(ScriptSyntax value) {
        return new ScriptRequest(
                value, body, parameters, variables, environment, workingDirectory, timeout, masker);
    }

    public ScriptRequest withParameters(String value) {
        return new ScriptRequest(
                syntax, body, value, variables, environment, workingDirectory, timeout, masker);
    }

    public ScriptRequest withVariables(Map<String, String> value) {
        return new ScriptRequest(
                syntax, body, parameters, value, environment, workingDirectory, timeout, masker);
    }

    public ScriptRequest withEnvironment(Map<String, String> value) {
        return new ScriptRequest(
                syntax, body, parameters, variables, value, workingDirectory, timeout, masker);
    }

    public ScriptRequest withWorkingDirectory(String value) {
        return new ScriptRequest(
                syntax,
                body,
                parameters,
                variables,
                environment,
                Optional.of(value),
                timeout,
                masker);
    }

    public ScriptRequest withTimeout(Duration value) {
        return new ScriptRequest(
                syntax,
                body,
                parameters,
                variables,
                environment,
                workingDirectory,
                Optional.ofNullable(value),
                masker);
    }

    public ScriptRequest withMasker(UnaryOperator<String> value) {
        return new ScriptRequest(
                syntax, body, parameters, variables, environment, workingDirectory, timeout, value);
    }

    @Override
    public String toString() {
        return "ScriptRequest[" + syntax + ", " + body.length() + " chars]";
    }
}

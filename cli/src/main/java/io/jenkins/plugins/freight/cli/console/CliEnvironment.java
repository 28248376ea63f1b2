package io.jenkins.plugins.freight.cli.console;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the process was started with, read once in {@code main} and handed down so that commands
 * never call {@code System.getenv} themselves and tests can run them with any environment.
 *
 * @param variables the environment variables
 * @param interactive whether output goes to a terminal (progress bars) or to a file or pipe
 * @param workingDirectory where relative paths start
 * @param stdin the standard input
 */
public record CliEnvironment(
        Map<String, String> variables,
        boolean interactive,
        Path workingDirectory,
        InputStream stdin) {

    public CliEnvironment {
        variables = Map.copyOf(variables);
    }

    /** The first of the named variables that is set and not blank, or {@code null}. */
    public String variable(String... names) {
        for (String name : names) {
            String value = variables.get(name);
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }

    /** A path as typed by the user, relative to the working directory. */
    public Path path(String text) {
        return workingDirectory.resolve(text).normalize();
    }

    @Override
    public String toString() {
        return "CliEnvironment["
                + variables.size()
                + " variables, interactive="
                + interactive
                + "]";
    }
}

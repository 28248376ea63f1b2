package io.jenkins.plugins.freight.cli.console;

import picocli.CommandLine.Model.CommandSpec;

/** Implemented by the top-level command, so any subcommand or mixin can reach the environment. */
public interface CliContext {

    CliEnvironment environment();

    /** The environment of the command line {@code spec} belongs to. */
    static CliEnvironment of(CommandSpec spec) {
        Object root = spec.root().userObject();
        if (root instanceof CliContext context) {
            return context.environment();
        }
        throw new IllegalStateException("The command is not running under freight's Main.");
    }
}

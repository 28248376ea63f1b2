package io.jenkins.plugins.freight.cli;

import io.jenkins.plugins.freight.cli.console.CliEnvironment;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/** Runs freight commands in-process with captured writers, as a user would type them. */
final class CliRunner {

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private final Map<String, String> environment;
    private final Path workingDirectory;
    private final String stdin;
    private final boolean terminal;

    CliRunner(Map<String, String> environment, Path workingDirectory) {
        this(environment, workingDirectory, "");
    }

    CliRunner(Map<String, String> environment, Path workingDirectory, String stdin) {
        this(environment, workingDirectory, stdin, false);
    }

    private CliRunner(
            Map<String, String> environment,
            Path workingDirectory,
            String stdin,
            boolean terminal) {
        this.environment = environment;
        this.workingDirectory = workingDirectory;
        this.stdin = stdin;
        this.terminal = terminal;
    }

    CliRunner withStdin(String text) {
        return new CliRunner(environment, workingDirectory, text, terminal);
    }

    /** Runs commands as if their output went to a terminal (colours, progress bars). */
    CliRunner onTerminal() {
        return new CliRunner(environment, workingDirectory, stdin, true);
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli =
                Main.commandLine(
                        new CliEnvironment(
                                environment,
                                terminal,
                                workingDirectory,
                                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}

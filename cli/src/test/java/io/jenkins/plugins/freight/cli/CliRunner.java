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

    CliRunner(Map<String, String> environment, Path workingDirectory) {
        this(environment, workingDirectory, "");
    }

    CliRunner(Map<String, String> environment, Path workingDirectory, String stdin) {
        this.environment = environment;
        this.workingDirectory = workingDirectory;
        this.stdin = stdin;
    }

    CliRunner withStdin(String text) {
        return new CliRunner(environment, workingDirectory, text);
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli =
                Main.commandLine(
                        new CliEnvironment(
                                environment,
                                false,
                                workingDirectory,
                                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}

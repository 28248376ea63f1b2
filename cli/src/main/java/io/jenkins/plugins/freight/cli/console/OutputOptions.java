package io.jenkins.plugins.freight.cli.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.jenkins.plugins.freight.client.actions.ProgressListener;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --output text|json}: with {@code json}, the command's result is the only thing on standard
 * output (progress goes to standard error), so scripts can read it.
 */
public final class OutputOptions {

    /** What goes to standard output. */
    public enum Format {
        text,
        json
    }

    private static final ObjectMapper JSON =
            JsonMapper.builder()
                    .addModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .build();

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FORMAT",
            description = "text (default) or json: the result as JSON on standard output")
    Format format = Format.text;

    @Option(names = "--quiet", description = "Print only the result and errors, no progress")
    boolean quiet;

    public boolean json() {
        return format == Format.json;
    }

    /** Where progress goes: standard output for text, standard error with JSON output. */
    public ProgressListener progress() {
        if (quiet) {
            return ProgressListener.silent();
        }
        PrintWriter target = json() ? mixee.commandLine().getErr() : mixee.commandLine().getOut();
        return new ConsoleProgress(target, CliContext.of(mixee).interactive());
    }

    /** Prints the result: as JSON, or as the given human-readable lines. */
    public void result(Object result, String... textLines) {
        PrintWriter out = mixee.commandLine().getOut();
        if (json()) {
            out.println(toJson(result));
        } else {
            for (String line : textLines) {
                out.println(line);
            }
        }
        out.flush();
    }

    /**
     * With JSON output, prints the result a failed deployment carries, so scripts still see every
     * deployment's state; the failure itself is then reported by the exit-code handler.
     */
    public void failed(io.jenkins.plugins.freight.client.actions.DeploymentFailedException e) {
        if (json() && e.result() != null) {
            PrintWriter out = mixee.commandLine().getOut();
            out.println(toJson(e.result()));
            out.flush();
        }
    }

    /** The result as JSON on one line, for output that is read line by line. */
    public static String toJsonLine(Object result) {
        try {
            return JSON.writer()
                    .without(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the result as JSON.", e);
        }
    }

    /** The result as indented JSON with camelCase names. */
    public static String toJson(Object result) {
        try {
            return JSON.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the result as JSON.", e);
        }
    }
}

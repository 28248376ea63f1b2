package io.jenkins.plugins.freight.cli.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.freight.cli.console.CliContext;
import io.jenkins.plugins.freight.cli.console.CliEnvironment;
import io.jenkins.plugins.freight.cli.console.HelpOption;
import io.jenkins.plugins.freight.cli.console.OutputOptions;
import io.jenkins.plugins.freight.cli.console.UsageException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.template.RenderResult;
import io.jenkins.plugins.freight.engine.template.Template;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code freight render}: the deployment engine's template evaluator on standard input, for
 * debugging {@code #{...}} templates without running a deployment.
 */
@Command(
        name = "render",
        description =
                "Reads a template (#{Var}, #{if}, #{each}, filters…) on standard input and prints it"
                        + " with the variables substituted.")
public final class RenderCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin OutputOptions output;
    @Mixin HelpOption help;

    /** What {@code --output json} prints. */
    record Rendered(String text, List<String> unresolvedTokens) {}

    @Option(
            names = "--var",
            paramLabel = "NAME=VALUE",
            description = "A variable; repeat for several. Wins over --vars-file")
    Map<String, String> vars = new LinkedHashMap<>();

    @Option(
            names = "--vars-file",
            paramLabel = "FILE.json",
            description =
                    "A JSON object of variables; objects and arrays become JSON values that"
                            + " templates can navigate (#{Config.Port})")
    String varsFile;

    @Option(
            names = "--strict",
            description = "Exit 2 when a token cannot be evaluated (default: keep it and warn)")
    boolean strict;

    @Override
    public Integer call() throws IOException {
        CliEnvironment env = CliContext.of(spec);
        Map<String, String> variables = new LinkedHashMap<>();
        if (varsFile != null) {
            variables.putAll(readVarsFile(env.path(varsFile)));
        }
        variables.putAll(vars);
        String template = new String(env.stdin().readAllBytes(), StandardCharsets.UTF_8);
        RenderResult result;
        try {
            result = Template.render(template, variables);
        } catch (InvalidInputException e) {
            throw new UsageException(e.getMessage());
        }
        if (result.syntaxError() != null) {
            throw new UsageException(result.syntaxError());
        }
        if (strict && !result.unresolvedTokens().isEmpty()) {
            throw new UsageException(result.errorMessage() + ".");
        }
        if (output.json()) {
            output.result(new Rendered(result.text(), result.unresolvedTokens()));
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.print(result.text());
            out.flush();
        }
        if (!result.unresolvedTokens().isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("WARNING: " + result.errorMessage());
            err.flush();
        }
        return 0;
    }

    private static Map<String, String> readVarsFile(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UsageException(
                    "Cannot read the variables file "
                            + file
                            + " as JSON ("
                            + e.getClass().getSimpleName()
                            + ").");
        }
        if (root == null || !root.isObject()) {
            throw new UsageException("The variables file " + file + " must hold a JSON object.");
        }
        Map<String, String> variables = new LinkedHashMap<>();
        root.fields()
                .forEachRemaining(
                        e ->
                                variables.put(
                                        e.getKey(),
                                        e.getValue().isValueNode() && !e.getValue().isNull()
                                                ? e.getValue().asText()
                                                : e.getValue().toString()));
        return variables;
    }
}

package io.jenkins.plugins.freight.cli.apply;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.freight.cli.console.ConnectionOptions;
import io.jenkins.plugins.freight.cli.console.HelpOption;
import io.jenkins.plugins.freight.cli.console.OutputOptions;
import io.jenkins.plugins.freight.cli.console.UsageException;
import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.apply.ApplyResult;
import io.jenkins.plugins.freight.engine.apply.ApplyYaml;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code freight apply -f FILE}: makes a space match a configuration file. The file (YAML, or JSON
 * when it ends in {@code .json}) is read here, so a syntax error names the file and line, and sent
 * to the server's apply extension as JSON.
 */
@Command(
        name = "apply",
        description =
                "Makes a space match a configuration file: creates or changes its environments,"
                        + " lifecycles, project groups, projects (channels, process, variables),"
                        + " deployment targets, users and teams. Objects the file does not name"
                        + " are left alone. Needs a Freight server.")
public final class ApplyCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin ConnectionOptions connection;
    @Mixin OutputOptions output;
    @Mixin HelpOption help;

    @Option(
            names = {"-f", "--file"},
            required = true,
            paramLabel = "FILE",
            description = "The configuration file (YAML, or JSON when it ends in .json)")
    Path file;

    @Option(
            names = "--dry-run",
            description = "Only show the changes applying would make; change nothing")
    boolean dryRun;

    @Override
    public Integer call() {
        JsonNode document = read(file);
        try (FreightClient client = connection.client()) {
            if (!client.apply().offered()) {
                throw new UsageException(
                        "The server at "
                                + client.settings().serverUrl()
                                + " does not offer apply: declarative configuration needs a"
                                + " Freight server (Octopus Deploy has no such API). Nothing was"
                                + " changed.");
            }
            ApplyResult result = client.apply().apply(document, dryRun);
            output.result(result, lines(result, file));
            return 0;
        }
    }

    /** The lines a person reads: one per created or changed object, then the totals. */
    static String[] lines(ApplyResult result, Path file) {
        List<String> lines = new ArrayList<>();
        for (ApplyResult.Change c : result.changes()) {
            String action = c.action().toLowerCase(Locale.ROOT);
            if (action.equals("create")) {
                lines.add("+ " + c.kind() + " " + c.name());
            } else if (action.equals("modify")) {
                lines.add("~ " + c.kind() + " " + c.name() + ": " + String.join(", ", c.details()));
            }
        }
        if (result.unchanged() > 0) {
            lines.add("= " + result.unchanged() + " unchanged");
        }
        if (result.created() + result.modified() == 0) {
            lines.add("No changes: the space already matches " + file.getFileName() + ".");
        } else if (result.dryRun()) {
            lines.add(
                    "Dry run: would create "
                            + result.created()
                            + " and change "
                            + result.modified()
                            + "; nothing was changed.");
        } else {
            lines.add(
                    "Created "
                            + result.created()
                            + ", changed "
                            + result.modified()
                            + ", "
                            + result.unchanged()
                            + " unchanged.");
        }
        return lines.toArray(String[]::new);
    }

    /** The document in the file; a missing file or a syntax error is a usage error. */
    static JsonNode read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UsageException("The file " + file + " does not exist.");
        } catch (IOException e) {
            throw new UsageException("The file " + file + " cannot be read: " + e.getMessage());
        }
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            try {
                return JSON.readTree(text);
            } catch (JsonProcessingException e) {
                String where =
                        e.getLocation() == null
                                ? ""
                                : ":"
                                        + e.getLocation().getLineNr()
                                        + ":"
                                        + e.getLocation().getColumnNr();
                throw new UsageException(file + where + ": not valid JSON. Nothing was changed.");
            }
        }
        try {
            return ApplyYaml.read(text, file.toString());
        } catch (InvalidInputException e) {
            throw new UsageException(e.getMessage());
        }
    }
}

package io.jenkins.plugins.freight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.cli.console.CliEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * docs/cli.md documents every option of every command: a command's own options in its section,
 * shared options (connection, output, waiting, deployment targets) somewhere on the page; and every
 * option a section's table names exists.
 */
class CliDocTest {

    private static final Pattern TABLE_OPTION = Pattern.compile("(?m)^\\| `(-{1,2}[a-z][a-z-]*)");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "pack",
                "push",
                "build-info",
                "create-release",
                "deploy",
                "promote",
                "await",
                "render",
                "demo"
            })
    void theCommandsSectionDocumentsItsOptionsAndOnlyThose(String command) throws IOException {
        String page = Files.readString(Path.of("..", "docs", "cli.md"));
        String section = section(page, command);
        CommandSpec spec = spec(command);
        Set<OptionSpec> shared = new HashSet<>();
        spec.mixins().values().forEach(mixin -> shared.addAll(mixin.options()));

        for (OptionSpec option : spec.options()) {
            String where = shared.contains(option) ? page : section;
            assertThat(List.of(option.names()))
                    .as("%s %s is documented in docs/cli.md", command, option.longestName())
                    .anyMatch(name -> where.contains("`" + name));
        }
        Matcher row = TABLE_OPTION.matcher(section);
        while (row.find()) {
            assertThat(spec.findOption(row.group(1)))
                    .as("docs/cli.md names %s %s, which does not exist", command, row.group(1))
                    .isNotNull();
        }
    }

    private static String section(String page, String command) {
        String heading = "\n### " + command + "\n";
        int start = page.indexOf(heading);
        assertThat(start).as("docs/cli.md has a section '### %s'", command).isNotNegative();
        int end = page.length();
        for (String next : new String[] {"\n### ", "\n## "}) {
            int at = page.indexOf(next, start + heading.length());
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return page.substring(start, end);
    }

    private static CommandSpec spec(String command) {
        CommandLine root =
                Main.commandLine(
                        new CliEnvironment(
                                Map.of(), false, Path.of("."), InputStream.nullInputStream()));
        return root.getSubcommands().get(command).getCommandSpec();
    }
}

package io.jenkins.plugins.freight.cli.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** docs/server.md documents exactly the options the server command has. */
class ServerDocTest {

    private static final Pattern OPTION_ROW = Pattern.compile("(?m)^\\| `(--[a-z-]+)");

    @Test
    void everyOptionIsDocumentedAndEveryDocumentedOptionExists() throws IOException {
        String page = Files.readString(Path.of("..", "docs", "server.md"));
        Set<String> documented = new TreeSet<>();
        Matcher m = OPTION_ROW.matcher(page);
        while (m.find()) {
            documented.add(m.group(1));
        }
        Set<String> actual = new TreeSet<>();
        new CommandLine(new ServerCommand())
                .getCommandSpec()
                .options()
                .forEach(o -> actual.add(o.longestName()));
        actual.remove("--help");
        actual.remove("--version");
        assertThat(documented).isEqualTo(actual);
    }
}

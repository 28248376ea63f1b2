package io.jenkins.plugins.freight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {

    @TempDir Path dir;

    private CliRunner cli(String stdin) {
        return new CliRunner(Map.of(), dir, stdin);
    }

    @Test
    void substitutesVariablesFromOptionsAndFileWithOptionsWinning() throws IOException {
        Files.writeString(
                dir.resolve("vars.json"),
                "{\"Name\":\"file\",\"Port\":8080,\"Config\":{\"Host\":\"db.local\"}}");
        CliRunner.Run run =
                cli("Hello #{Name | ToUpper} on #{Port}, db #{Config.Host}\n")
                        .run("render", "--vars-file", "vars.json", "--var", "Name=world");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("Hello WORLD on 8080, db db.local\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void unresolvedTokensAreKeptAndWarnedAboutOrFailWithStrict() {
        CliRunner.Run lenient = cli("#{Missing} and #{if Flag}yes#{/if}").run("render");
        assertThat(lenient.exitCode()).isZero();
        assertThat(lenient.out()).startsWith("#{Missing} and ");
        assertThat(lenient.err())
                .contains(
                        "WARNING: The following tokens were unable to be evaluated: '#{Missing}'");
        CliRunner.Run strict = cli("#{Missing}").run("render", "--strict");
        assertThat(strict.exitCode()).isEqualTo(2);
        assertThat(strict.err()).contains("'#{Missing}'");
    }

    @Test
    void aSyntaxErrorIsAUsageErrorNamingTheLine() {
        CliRunner.Run run = cli("ok\nvalue: #{Foo").run("render");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("freight render: ").containsIgnoringCase("line 2");
    }

    @Test
    void aVariablesFileThatIsNotAJsonObjectIsRefused() throws IOException {
        Files.writeString(dir.resolve("vars.json"), "[1,2]");
        CliRunner.Run run = cli("x").run("render", "--vars-file", "vars.json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("must hold a JSON object");
    }

    @Test
    void jsonOutputCarriesTheTextAndTheTokensThatCouldNotBeEvaluated() throws Exception {
        CliRunner.Run run =
                cli("port #{Port}, #{Missing}\n").run("render", "--var", "Port=80", "-o", "json");
        assertThat(run.exitCode()).isZero();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
        assertThat(json.get("text").asText()).isEqualTo("port 80, #{Missing}\n");
        assertThat(json.get("unresolvedTokens").get(0).asText()).isEqualTo("#{Missing}");
        assertThat(run.err()).contains("WARNING:");
    }
}

package io.jenkins.plugins.freight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Behaviour of the command line that needs no server: help, usage errors, exit codes, pack. */
class CommandLineTest {

    private static final String KEY = "API-CLITESTKEY1234567890ABCD";

    @TempDir Path dir;

    private CliRunner cli(Map<String, String> env) {
        return new CliRunner(env, dir);
    }

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
                "server",
                "render",
                "demo"
            })
    void everyCommandExplainsItselfWithHelp(String command) {
        CliRunner.Run run = cli(Map.of()).run(command, "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: freight " + command);
    }

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
                "server",
                "render",
                "demo"
            })
    void everyCommandOffersJsonOutput(String command) {
        CliRunner.Run run = cli(Map.of()).run(command, "--help");
        assertThat(run.out()).contains("--output=FORMAT");
    }

    @Test
    void theTopLevelHelpListsTheCommands() {
        CliRunner.Run run = cli(Map.of()).run("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("push", "create-release", "deploy", "promote", "await", "pack");
    }

    @Test
    void theDemoRefusesAPortThatIsNotANumberWithAUsageError() {
        CliRunner.Run run = cli(Map.of()).run("demo", "--port", "eighty");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("eighty");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliRunner.Run run =
                cli(Map.of()).run("deploy", "--project", "p", "--version", "1", "--bogus");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("freight deploy: Unknown option: '--bogus'")
                .contains("Run 'freight deploy --help' for the options.")
                .doesNotContain("Usage:");
    }

    @Test
    void aMissingServerIsAUsageErrorThatSaysHowToGiveOne() {
        CliRunner.Run run =
                cli(Map.of()).run("deploy", "--project", "p", "--version", "1.0.0", "-e", "Dev");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("No server given: pass --server URL or set FREIGHT_URL.");
    }

    @Test
    void anUnreachableServerIsAConnectionErrorAndTheKeyIsNeverPrinted() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        CliRunner.Run run =
                cli(Map.of("OCTOPUS_URL", "http://127.0.0.1:" + port, "OCTOPUS_API_KEY", KEY))
                        .run("await", "ServerTasks-1", "--read-timeout", "2s", "--log-requests");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err())
                .contains("Could not connect to the server at http://127.0.0.1:" + port);
        assertThat(run.all()).doesNotContain(KEY);
    }

    @Test
    void theApiKeyFileAndTheKeyOptionTogetherAreRefused() throws IOException {
        Files.writeString(dir.resolve("key"), KEY + "\n");
        CliRunner.Run run =
                cli(Map.of("FREIGHT_URL", "http://127.0.0.1:9"))
                        .run("await", "ServerTasks-1", "--api-key", KEY, "--api-key-file", "key");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("not both");
        assertThat(run.all()).doesNotContain(KEY);
    }

    @Test
    void anInvalidTimeoutIsAUsageError() {
        CliRunner.Run run =
                cli(Map.of("FREIGHT_URL", "http://127.0.0.1:9"))
                        .run("await", "ServerTasks-1", "--timeout", "soon");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("The duration 'soon' is invalid");
    }

    @Test
    void packWritesThePackageAndPrintsItsPathOrJson() throws IOException {
        Files.createDirectories(dir.resolve("site"));
        Files.writeString(dir.resolve("site/index.html"), "<h1>hi</h1>");
        CliRunner.Run text =
                cli(Map.of())
                        .run(
                                "pack",
                                "--id",
                                "Quotes",
                                "--version",
                                "1.0.0",
                                "--base-dir",
                                "site",
                                "--out-dir",
                                "out");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains(dir.resolve("out/Quotes.1.0.0.zip").toString());
        CliRunner.Run json =
                cli(Map.of())
                        .run(
                                "pack",
                                "--id",
                                "Quotes",
                                "--version",
                                "1.0.1",
                                "--format",
                                "tar.gz",
                                "--base-dir",
                                "site",
                                "--out-dir",
                                "out",
                                "--output",
                                "json");
        assertThat(json.exitCode()).isZero();
        assertThat(json.out().strip())
                .startsWith("{")
                .contains("\"packageId\" : \"Quotes\"", "\"fileCount\" : 1");
        assertThat(json.err()).contains("Packed 1 files");
    }

    @Test
    void aPushPatternThatMatchesNothingIsNamedAndExitsWithAUsageError() {
        CliRunner.Run run =
                cli(Map.of("FREIGHT_URL", "http://127.0.0.1:9", "FREIGHT_API_KEY", KEY))
                        .run("push", "build/*.zip");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("The pattern 'build/*.zip' matches no file");
    }

    @Test
    void cancelOnTimeoutWithoutATimeoutIsRefused() {
        CliRunner.Run run =
                cli(Map.of("FREIGHT_URL", "http://127.0.0.1:9"))
                        .run(
                                "deploy",
                                "--project",
                                "p",
                                "--version",
                                "1",
                                "-e",
                                "Dev",
                                "--cancel-on-timeout");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--cancel-on-timeout needs --timeout.");
    }
}

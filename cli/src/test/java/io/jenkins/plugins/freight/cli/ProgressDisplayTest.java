package io.jenkins.plugins.freight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What progress looks like against the real server on loopback: on a terminal, a status line that
 * redraws in place (a bar for the upload and for the deployment) and colours; anywhere else plain
 * lines without escape codes, which logs and CI consoles can keep.
 */
class ProgressDisplayTest {

    private static final String REDRAW = "\r\033[K";
    private static final String ESCAPE = "\033[";

    @TempDir static Path dataDir;
    @TempDir static Path work;
    private static LoopbackServer server;
    private static CliRunner cli;

    @BeforeAll
    static void start() throws Exception {
        server = LoopbackServer.start(dataDir);
        PipelineSpace.create(server);
        cli =
                new CliRunner(
                        Map.of(
                                "FREIGHT_URL",
                                server.url(),
                                "FREIGHT_API_KEY",
                                LoopbackServer.ADMIN_KEY),
                        work);
        byte[] noise = new byte[3 * 1024 * 1024];
        new Random(7).nextBytes(noise); // incompressible, so the upload takes many writes
        Path site = Files.createDirectories(work.resolve("site"));
        Files.write(site.resolve("noise.bin"), noise);
        for (String version : new String[] {"1.0.0", "1.0.1"}) {
            CliRunner.Run pack =
                    cli.run(
                            "pack",
                            "--id",
                            "progress",
                            "--version",
                            version,
                            "--base-dir",
                            site.toString(),
                            "--out-dir",
                            work.toString());
            assertThat(pack.exitCode()).as(pack.all()).isZero();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void onATerminalTheUploadDrawsABarThatRedrawsInPlace() {
        CliRunner.Run run =
                cli.onTerminal().run("push", work.resolve("progress.1.0.0.zip").toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out())
                .contains(REDRAW + "[")
                .contains("] 100% progress.1.0.0.zip")
                .contains(" MiB / 3.0 MiB")
                .doesNotContain("Uploaded 100% of");
    }

    @Test
    void elsewhereTheUploadIsReportedInPlainLinesWithoutEscapeCodes() {
        CliRunner.Run run = cli.run("push", work.resolve("progress.1.0.1.zip").toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out())
                .contains("Uploaded 100% of progress.1.0.1.zip (3.0 MiB)")
                .doesNotContain(ESCAPE)
                .doesNotContain("\r");
    }

    @Test
    void onATerminalAWaitedDeploymentShowsItsProgressBarAndHighlightsSteps() {
        CliRunner.Run release =
                cli.run("create-release", "--project", PipelineSpace.SLOW, "--version", "7.0.0");
        assertThat(release.exitCode()).as(release.all()).isZero();

        CliRunner.Run run =
                cli.onTerminal()
                        .run(
                                "deploy",
                                "--project",
                                PipelineSpace.SLOW,
                                "--version",
                                "7.0.0",
                                "-e",
                                "Dev",
                                "--wait");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out())
                .contains(REDRAW + "[")
                .contains("% Deploy Slow CLI release 7.0.0 to Dev")
                .contains("\033[1mStep 1: Take your time\033[0m")
                .contains("woke up");
    }

    @Test
    void elsewhereAWaitedDeploymentPrintsPlainLines() {
        CliRunner.Run release =
                cli.run("create-release", "--project", PipelineSpace.SLOW, "--version", "7.0.1");
        assertThat(release.exitCode()).as(release.all()).isZero();

        CliRunner.Run run =
                cli.run(
                        "deploy",
                        "--project",
                        PipelineSpace.SLOW,
                        "--version",
                        "7.0.1",
                        "-e",
                        "Dev",
                        "--wait");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out())
                .contains("Step 1: Take your time")
                .contains("woke up")
                .doesNotContain(ESCAPE)
                .doesNotContain("\r");
    }
}

package io.jenkins.plugins.freight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI commands in-process against the real Freight server on loopback: the whole pipeline
 * (pack, push, create-release, deploy --wait, await, promote) and its failure paths, with exit
 * codes as documented.
 */
class PipelineAgainstRealServerTest {

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
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static CliRunner.Run run(String... args) {
        return cli.run(args);
    }

    /** Packs and pushes {@code hello} at this version. */
    private static void pushHello(String version) throws Exception {
        Path app = Files.createDirectories(work.resolve("app-" + version));
        Files.writeString(
                app.resolve("deploy.sh"),
                "#!/bin/bash\necho \"Hello from package "
                        + version
                        + " in #{Octopus.Environment.Name}\"\n",
                StandardCharsets.UTF_8);
        CliRunner.Run pack =
                run(
                        "pack",
                        "--id",
                        "hello",
                        "--version",
                        version,
                        "--format",
                        "zip",
                        "--base-dir",
                        app.toString(),
                        "--out-dir",
                        work.toString());
        assertThat(pack.exitCode()).as(pack.all()).isZero();
        CliRunner.Run push = run("push", work.resolve("hello." + version + ".zip").toString());
        assertThat(push.exitCode()).as(push.all()).isZero();
    }

    private static String taskOf(String json) throws Exception {
        JsonNode node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        return node.findValue("taskId").asText();
    }

    @Test
    void packPushReleaseDeployAwaitAndPromoteAgainstTheRealServer() throws Exception {
        pushHello("1.0.0");

        CliRunner.Run release =
                run("create-release", "--project", PipelineSpace.HELLO, "--version", "1.0.0");
        assertThat(release.exitCode()).as(release.all()).isZero();
        assertThat(release.out()).contains("1.0.0");

        CliRunner.Run deploy =
                run(
                        "deploy",
                        "--project",
                        PipelineSpace.HELLO,
                        "--version",
                        "1.0.0",
                        "-e",
                        "Dev",
                        "--wait");
        assertThat(deploy.exitCode()).as(deploy.all()).isZero();
        assertThat(deploy.all())
                .contains("to Dev")
                .contains("Hello from package 1.0.0")
                .contains("Success");

        CliRunner.Run noWait =
                run(
                        "deploy",
                        "--project",
                        PipelineSpace.HELLO,
                        "--version",
                        "1.0.0",
                        "-e",
                        "Dev",
                        "-o",
                        "json");
        assertThat(noWait.exitCode()).as(noWait.all()).isZero();
        String task = taskOf(noWait.out());
        CliRunner octopusEnvironment =
                new CliRunner(
                        Map.of(
                                "OCTOPUS_URL",
                                server.url(),
                                "OCTOPUS_API_KEY",
                                LoopbackServer.ADMIN_KEY,
                                "OCTOPUS_SPACE",
                                "Default"),
                        work);
        CliRunner.Run await = octopusEnvironment.run("await", task);
        assertThat(await.exitCode()).as(await.all()).isZero();
        assertThat(await.all()).contains("Hello from package 1.0.0").contains("Success");

        CliRunner.Run promote =
                run(
                        "promote",
                        "--project",
                        PipelineSpace.HELLO,
                        "--from",
                        "Dev",
                        "-e",
                        "Test",
                        "--wait");
        assertThat(promote.exitCode()).as(promote.all()).isZero();
        assertThat(promote.all()).contains("to Test").contains("Hello from package 1.0.0");
    }

    @Test
    void aWrongKeyExitsThreeAndNeverPrintsTheKey() {
        String wrong = "API-WRONGKEYNOTKNOWN0000000001";
        CliRunner.Run run =
                run(
                        "deploy",
                        "--server",
                        server.url(),
                        "--api-key",
                        wrong,
                        "--project",
                        PipelineSpace.HELLO,
                        "--version",
                        "1.0.0",
                        "-e",
                        "Dev");
        assertThat(run.exitCode()).as(run.all()).isEqualTo(3);
        assertThat(run.err()).isNotBlank();
        assertThat(run.all()).doesNotContain(wrong).doesNotContain(LoopbackServer.ADMIN_KEY);
    }

    @Test
    void anUnknownProjectIsNamedAndExitsTwo() {
        CliRunner.Run run =
                run("create-release", "--project", "No Such Project", "--version", "1.0.0");
        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.err()).contains("No Such Project");
    }

    @Test
    void theLifecycleRefusalIsTheServersSentenceAndExitsTwo() {
        CliRunner.Run release =
                run("create-release", "--project", PipelineSpace.SLOW, "--version", "3.0.0");
        assertThat(release.exitCode()).as(release.all()).isZero();
        CliRunner.Run run =
                run("deploy", "--project", PipelineSpace.SLOW, "--version", "3.0.0", "-e", "Prod");
        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.err())
                .contains(
                        "Release 3.0.0 cannot be deployed to Prod: phase Dev must complete first");
        assertThat(run.err()).containsOnlyOnce("phase Dev must complete first");
    }

    @Test
    void aFailedDeploymentExitsOneWithTheFailingStepsError() {
        CliRunner.Run release =
                run("create-release", "--project", PipelineSpace.BROKEN, "--version", "1.0.0");
        assertThat(release.exitCode()).as(release.all()).isZero();
        CliRunner.Run run =
                run(
                        "deploy",
                        "--project",
                        PipelineSpace.BROKEN,
                        "--version",
                        "1.0.0",
                        "-e",
                        "Dev",
                        "--wait");
        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.all()).contains("starting the migration").contains("table missing");
        assertThat(run.err()).contains("The step Migrate database failed").contains("exit code 7");
    }

    private static String slowTask(String version) throws Exception {
        CliRunner.Run release =
                run("create-release", "--project", PipelineSpace.SLOW, "--version", version);
        assertThat(release.exitCode()).as(release.all()).isZero();
        CliRunner.Run deploy =
                run(
                        "deploy",
                        "--project",
                        PipelineSpace.SLOW,
                        "--version",
                        version,
                        "-e",
                        "Dev",
                        "-o",
                        "json");
        assertThat(deploy.exitCode()).as(deploy.all()).isZero();
        return taskOf(deploy.out());
    }

    private static String state(String task) {
        return server.get("/api/tasks/" + task).get("State").asText();
    }

    @Test
    void aTimeoutWithCancelCancelsTheTaskAndExitsOne() throws Exception {
        String task = slowTask("4.0.0");
        CliRunner.Run run = run("await", task, "--timeout", "1s", "--cancel-on-timeout");
        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(15))
                .until(() -> state(task).equals("Canceled"));
    }

    @Test
    void aTimeoutWithoutCancelLeavesTheTaskRunning() throws Exception {
        String task = slowTask("5.0.0");
        CliRunner.Run run = run("await", task, "--timeout", "1s");
        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(state(task)).isIn("Queued", "Executing");
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .until(() -> state(task).equals("Success"));
    }

    @Test
    void abortingWhileWaitingCancelsTheTask() throws Exception {
        String task = slowTask("6.0.0");
        Thread[] worker = new Thread[1];
        CompletableFuture<CliRunner.Run> waiting =
                CompletableFuture.supplyAsync(
                        () -> {
                            worker[0] = Thread.currentThread();
                            return run("await", task);
                        });
        org.awaitility.Awaitility.await().until(() -> state(task).equals("Executing"));
        Thread.sleep(500);
        worker[0].interrupt();
        CliRunner.Run run = waiting.get(20, TimeUnit.SECONDS);
        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(15))
                .until(() -> state(task).equals("Canceled"));
    }

    private static String selectedVersion(String releaseJson) throws Exception {
        String id =
                new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(releaseJson)
                        .get("releaseId")
                        .asText();
        return server.get(PipelineSpace.SPACE + "/releases/" + id)
                .get("SelectedPackages")
                .get(0)
                .get("Version")
                .asText();
    }

    @Test
    void packageVersionsAreChosenByPackageIdByStepOrByDefault() throws Exception {
        pushHello("1.1.0");
        pushHello("1.2.0");

        CliRunner.Run byDefault =
                run(
                        "create-release",
                        "--project",
                        PipelineSpace.HELLO,
                        "--version",
                        "11.0.0",
                        "--package-version",
                        "1.2.0",
                        "-o",
                        "json");
        assertThat(byDefault.exitCode()).as(byDefault.all()).isZero();
        assertThat(selectedVersion(byDefault.out())).isEqualTo("1.2.0");

        CliRunner.Run byPackageId =
                run(
                        "create-release",
                        "--project",
                        PipelineSpace.HELLO,
                        "--version",
                        "11.0.1",
                        "--package",
                        "hello:1.1.0",
                        "--package-version",
                        "1.2.0",
                        "-o",
                        "json");
        assertThat(byPackageId.exitCode()).as(byPackageId.all()).isZero();
        assertThat(selectedVersion(byPackageId.out())).isEqualTo("1.1.0");

        CliRunner.Run byStep =
                run(
                        "create-release",
                        "--project",
                        PipelineSpace.HELLO,
                        "--version",
                        "11.0.2",
                        "--package",
                        "Run deploy.sh:1.1.0",
                        "-o",
                        "json");
        assertThat(byStep.exitCode()).as(byStep.all()).isZero();
        assertThat(selectedVersion(byStep.out())).isEqualTo("1.1.0");

        CliRunner.Run malformed =
                run(
                        "create-release",
                        "--project",
                        PipelineSpace.HELLO,
                        "--version",
                        "11.0.3",
                        "--package",
                        "hello");
        assertThat(malformed.exitCode()).as(malformed.all()).isEqualTo(2);
        assertThat(malformed.err()).contains("The package version 'hello' is invalid");
    }

    @Test
    void buildInformationIsStoredForEveryPackageGiven() {
        CliRunner.Run run =
                run(
                        "build-info",
                        "--package-id",
                        "hello,hello-docs",
                        "--version",
                        "1.3.0",
                        "--build-number",
                        "42",
                        "--build-url",
                        "https://ci.example.com/job/hello/42/",
                        "--branch",
                        "main",
                        "--vcs-root",
                        "https://git.example.com/hello.git",
                        "--vcs-commit",
                        "9f2c1e0",
                        "--commit",
                        "9f2c1e0=Say hello in every environment");
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out())
                .contains("Build information stored for hello 1.3.0")
                .contains("Build information stored for hello-docs 1.3.0");
        com.fasterxml.jackson.databind.JsonNode stored =
                server.get(PipelineSpace.SPACE + "/build-information?packageId=hello-docs")
                        .get("Items");
        assertThat(stored.toString())
                .contains("9f2c1e0")
                .contains("Say hello in every environment")
                .contains("https://ci.example.com/job/hello/42/");
    }

    @Test
    void freightVariablesWinOverOctopusOnesAndOptionsWinOverBoth() {
        CliRunner both =
                new CliRunner(
                        Map.of(
                                "FREIGHT_URL",
                                server.url(),
                                "OCTOPUS_URL",
                                "http://127.0.0.1:9",
                                "FREIGHT_API_KEY",
                                LoopbackServer.ADMIN_KEY,
                                "OCTOPUS_API_KEY",
                                "API-NOTTHEKEYNOTTHEKEY000000001",
                                "FREIGHT_SPACE",
                                "Default",
                                "OCTOPUS_SPACE",
                                "No Such Space"),
                        work);
        CliRunner.Run fine =
                both.run("create-release", "--project", PipelineSpace.SLOW, "--version", "12.0.0");
        assertThat(fine.exitCode()).as(fine.all()).isZero();

        CliRunner.Run option =
                both.run(
                        "create-release",
                        "--project",
                        PipelineSpace.SLOW,
                        "--version",
                        "12.0.1",
                        "--space",
                        "Elsewhere");
        assertThat(option.exitCode()).as(option.all()).isEqualTo(2);
        assertThat(option.err()).contains("Elsewhere");
    }
}

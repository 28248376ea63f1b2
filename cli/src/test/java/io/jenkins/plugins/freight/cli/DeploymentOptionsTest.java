package io.jenkins.plugins.freight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deployment options of the CLI against the real server on loopback: several environments in
 * one command (every one of them), tenants, prompted variables, skipped steps, {@code latest},
 * release notes and ignore-if-exists, and a manual intervention announced with a link while
 * waiting.
 */
class DeploymentOptionsTest {

    private static final String SPACE = PipelineSpace.SPACE;
    private static final String OPTIONS = "Options CLI";
    private static final String SIGN_OFF = "Sign-off CLI";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir static Path dataDir;
    @TempDir static Path work;
    private static LoopbackServer server;
    private static CliRunner cli;

    @BeforeAll
    static void start() throws Exception {
        server = LoopbackServer.start(dataDir);
        List<String> envs = new ArrayList<>();
        for (String name : List.of("Dev", "Test", "Prod")) {
            envs.add(server.create(SPACE + "/environments", Map.of("Name", name)));
        }
        String lifecycle =
                server.create(
                        SPACE + "/lifecycles",
                        Map.of(
                                "Name",
                                "Anywhere",
                                "Phases",
                                List.of(
                                        Map.of(
                                                "Name",
                                                "Any",
                                                "OptionalDeploymentTargets",
                                                envs,
                                                "MinimumEnvironmentsBeforePromotion",
                                                0))));
        String group = server.get(SPACE + "/projectgroups/all").get(0).get("Id").asText();
        String options =
                project(
                        OPTIONS,
                        group,
                        lifecycle,
                        List.of(
                                script(
                                        "Greet",
                                        "echo \"greeting #{Greeting} in"
                                                + " #{Octopus.Environment.Name}"
                                                + "#{if Octopus.Deployment.Tenant.Name} for"
                                                + " #{Octopus.Deployment.Tenant.Name}#{/if}\""),
                                script("Notify", "echo \"notifying the team\"")));
        ObjectNode project = (ObjectNode) server.get(SPACE + "/projects/" + options);
        project.put("TenantedDeploymentMode", "TenantedOrUntenanted");
        server.put(SPACE + "/projects/" + options, project);
        String variables = SPACE + "/projects/" + options + "/variables";
        server.put(
                variables,
                Map.of(
                        "Version",
                        server.get(variables).get("Version").asInt(),
                        "Variables",
                        List.of(
                                Map.of(
                                        "Name",
                                        "Greeting",
                                        "Value",
                                        "",
                                        "Prompt",
                                        Map.of("Label", "Greeting", "Required", true)))));
        for (String tenant : List.of("Acme", "Globex")) {
            server.create(
                    SPACE + "/tenants",
                    Map.of("Name", tenant, "ProjectEnvironments", Map.of(options, envs)));
        }
        project(
                SIGN_OFF,
                group,
                lifecycle,
                List.of(
                        Map.of(
                                "Name",
                                "Sign off",
                                "ActionType",
                                "Octopus.Manual",
                                "Properties",
                                Map.of(
                                        "Octopus.Action.Manual.Instructions",
                                        "Check the release notes.")),
                        script("Go live", "echo \"live now\"")));
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

    private static Map<String, Object> script(String name, String bash) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("Octopus.Action.RunOnServer", "true");
        properties.put("Octopus.Action.Script.ScriptSource", "Inline");
        properties.put("Octopus.Action.Script.Syntax", "Bash");
        properties.put("Octopus.Action.Script.ScriptBody", bash);
        return Map.of("Name", name, "ActionType", "Octopus.Script", "Properties", properties);
    }

    private static String project(
            String name, String group, String lifecycle, List<Map<String, Object>> actions) {
        String id =
                server.create(
                        SPACE + "/projects",
                        Map.of("Name", name, "ProjectGroupId", group, "LifecycleId", lifecycle));
        String path = SPACE + "/projects/" + id + "/deploymentprocesses";
        List<Map<String, Object>> steps = new ArrayList<>();
        for (Map<String, Object> action : actions) {
            steps.add(Map.of("Name", action.get("Name"), "Actions", List.of(action)));
        }
        server.put(
                path,
                Map.of(
                        "ProjectId",
                        id,
                        "Version",
                        server.get(path).get("Version").asInt(),
                        "Steps",
                        steps));
        return id;
    }

    private static CliRunner.Run succeeds(CliRunner.Run run) {
        assertThat(run.exitCode()).as(run.all()).isZero();
        return run;
    }

    @Test
    void oneCommandDeploysToEveryEnvironmentGivenWithThePromptedValue() throws Exception {
        // the newest release, by version and by date, whichever test ran before
        succeeds(cli.run("create-release", "--project", OPTIONS, "--version", "9.0.0"));

        CliRunner.Run run =
                succeeds(
                        cli.run(
                                "deploy",
                                "--project",
                                OPTIONS,
                                "--version",
                                "latest",
                                "-e",
                                "Dev,Test",
                                "--environment",
                                "Prod",
                                "--variable",
                                "Greeting=hello",
                                "--wait",
                                "-o",
                                "json"));

        JsonNode result = JSON.readTree(run.out());
        assertThat(result.get("releaseVersion").asText()).isEqualTo("9.0.0");
        assertThat(result.get("deployments"))
                .extracting(d -> d.get("environmentName").asText() + " " + d.get("state").asText())
                .containsExactlyInAnyOrder("Dev Success", "Test Success", "Prod Success");
        assertThat(run.err())
                .contains("greeting hello in Dev")
                .contains("greeting hello in Test")
                .contains("greeting hello in Prod")
                .contains("[Dev]")
                .contains("[Prod]");
    }

    @Test
    void aSkippedStepDoesNotRun() {
        succeeds(cli.run("create-release", "--project", OPTIONS, "--version", "2.0.0"));

        CliRunner.Run run =
                succeeds(
                        cli.run(
                                "deploy",
                                "--project",
                                OPTIONS,
                                "--version",
                                "2.0.0",
                                "-e",
                                "Dev",
                                "--variable",
                                "Greeting=hi",
                                "--skip",
                                "Notify",
                                "--wait"));

        assertThat(run.out()).contains("greeting hi in Dev").doesNotContain("notifying the team");
    }

    @Test
    void everyTenantGivenGetsItsOwnDeployment() throws Exception {
        succeeds(cli.run("create-release", "--project", OPTIONS, "--version", "3.0.0"));

        CliRunner.Run run =
                succeeds(
                        cli.run(
                                "deploy",
                                "--project",
                                OPTIONS,
                                "--version",
                                "3.0.0",
                                "-e",
                                "Test",
                                "--tenant",
                                "Acme,Globex",
                                "--variable",
                                "Greeting=welcome",
                                "--wait",
                                "-o",
                                "json"));

        JsonNode result = JSON.readTree(run.out());
        assertThat(result.get("deployments"))
                .extracting(d -> d.get("tenantName").asText() + " " + d.get("state").asText())
                .containsExactlyInAnyOrder("Acme Success", "Globex Success");
        assertThat(run.err())
                .contains("greeting welcome in Test for Acme")
                .contains("greeting welcome in Test for Globex");
    }

    @Test
    void releaseNotesComeFromAFileAndAnExistingVersionCanBeReused() throws Exception {
        Files.writeString(work.resolve("notes.md"), "Shows the author of each quote.");
        CliRunner.Run created =
                succeeds(
                        cli.run(
                                "create-release",
                                "--project",
                                OPTIONS,
                                "--version",
                                "4.0.0",
                                "--release-notes-file",
                                "notes.md",
                                "-o",
                                "json"));
        String releaseId = JSON.readTree(created.out()).get("releaseId").asText();
        assertThat(server.get(SPACE + "/releases/" + releaseId).get("ReleaseNotes").asText())
                .isEqualTo("Shows the author of each quote.");

        CliRunner.Run again = cli.run("create-release", "--project", OPTIONS, "--version", "4.0.0");
        assertThat(again.exitCode()).as(again.all()).isEqualTo(2);
        CliRunner.Run reused =
                succeeds(
                        cli.run(
                                "create-release",
                                "--project",
                                OPTIONS,
                                "--version",
                                "4.0.0",
                                "--ignore-existing",
                                "-o",
                                "json"));
        assertThat(JSON.readTree(reused.out()).get("releaseId").asText()).isEqualTo(releaseId);
    }

    @Test
    void aPendingSignOffIsAnnouncedWithALinkAndWaitingGoesOnUntilSomeoneProceeds()
            throws Exception {
        succeeds(cli.run("create-release", "--project", SIGN_OFF, "--version", "1.0.0"));
        CliRunner.Run started =
                succeeds(
                        cli.run(
                                "deploy",
                                "--project",
                                SIGN_OFF,
                                "--version",
                                "1.0.0",
                                "-e",
                                "Prod",
                                "-o",
                                "json"));
        String task = JSON.readTree(started.out()).findValue("taskId").asText();
        CompletableFuture<CliRunner.Run> waiting =
                CompletableFuture.supplyAsync(() -> cli.run("await", task, "--timeout", "2m"));

        JsonNode interruption =
                Awaitility.await()
                        .atMost(Duration.ofSeconds(30))
                        .until(
                                () ->
                                        server.get(
                                                        SPACE
                                                                + "/interruptions?pendingOnly=true&regarding="
                                                                + task)
                                                .get("Items"),
                                items -> items.size() == 1)
                        .get(0);
        Thread.sleep(1500); // the waiter's next look finds the interruption
        assertThat(waiting).isNotDone();
        String path = SPACE + "/interruptions/" + interruption.get("Id").asText();
        server.put(path + "/responsible", Map.of());
        server.post(path + "/submit", Map.of("Notes", "Looks good.", "Result", "Proceed"));

        CliRunner.Run run = waiting.get(60, TimeUnit.SECONDS);
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out())
                .contains("WARNING: Waiting for someone to act on")
                .contains(interruption.get("Id").asText())
                .contains(server.url() + "/app/")
                .contains("live now");
    }
}

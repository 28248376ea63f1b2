package io.jenkins.plugins.freight.plugin.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import io.jenkins.plugins.freight.plugin.steps.AwaitOperation;
import io.jenkins.plugins.freight.plugin.steps.BuildInfoOperation;
import io.jenkins.plugins.freight.plugin.steps.CreateReleaseOperation;
import io.jenkins.plugins.freight.plugin.steps.DeployOperation;
import io.jenkins.plugins.freight.plugin.steps.DeploymentSettings;
import io.jenkins.plugins.freight.plugin.steps.PackOperation;
import io.jenkins.plugins.freight.plugin.steps.PromoteOperation;
import io.jenkins.plugins.freight.plugin.steps.PushOperation;
import io.jenkins.plugins.freight.plugin.steps.StepFailedException;
import io.jenkins.plugins.freight.plugin.steps.StepOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The release and deployment half of the seed tutorial through the steps' operations (the code the
 * freestyle recorders and Pipeline steps call) against the embedded engine mounted as Jenkins
 * mounts it, with an inline bash step that runs on the server.
 */
@Timeout(150)
class EmbeddedDeploymentStepsTest {

    private static final String QUOTES = "Random Quotes";
    private static final String DEPLOY_SCRIPT =
            "echo \"Deploying #{Octopus.Release.Number} to #{Octopus.Environment.Name}\"\n";

    private Path home;
    private EmbeddedHarness jenkins;
    private SeedSpace space;
    private BuildRun build;

    private void start(boolean runOnServer) throws Exception {
        home = Files.createTempDirectory("freight-jenkins-home");
        mount(EmbeddedHarness.start(home, runOnServer));
    }

    private void mount(EmbeddedHarness harness) throws Exception {
        jenkins = harness;
        Path workspace = Files.createDirectories(home.resolve("workspace/random-quotes"));
        space = SeedSpace.create(jenkins.baseUrl, jenkins.engine.pluginApiKey());
        build = new BuildRun(jenkins, workspace);
        Files.createDirectories(workspace.resolve("site"));
        Files.writeString(workspace.resolve("site/index.html"), "<h1>Quotes</h1>");
    }

    @AfterEach
    void stop() throws Exception {
        if (jenkins != null) {
            jenkins.close();
        }
        if (home != null) {
            EmbeddedHarness.delete(home);
        }
    }

    private static DeploymentSettings to(String environments, boolean wait) {
        return new DeploymentSettings(environments, null, null, null, wait, "2m", false, true);
    }

    private static CreateReleaseOperation release(
            String project, String version, DeploymentSettings deployment) {
        return new CreateReleaseOperation(
                project, version, null, null, null, "Seed release", null, true, false, deployment);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> deployments(StepOutcome outcome) {
        return (List<Map<String, Object>>) outcome.value().get("deployments");
    }

    @Test
    void seedPipelineDeploysToDevThenBothEnvironmentsAndPromotesDevToTest() throws Exception {
        start(true);
        space.scriptProject(QUOTES, "Say hello", DEPLOY_SCRIPT);

        build.run(
                new PackOperation("RandomQuotes", "1.0.7", "zip", "site", null, null, null, false));
        build.run(new PushOperation("RandomQuotes.1.0.7.zip", "FailIfExists"));
        build.run(
                new BuildInfoOperation(
                        "RandomQuotes",
                        "1.0.7",
                        "main",
                        "https://git.example.com/q.git",
                        "abc123",
                        null,
                        ""));
        StepOutcome created = build.run(release(QUOTES, "1.0.7", to("Dev", true)));

        assertThat(created.value())
                .containsEntry("releaseVersion", "1.0.7")
                .containsKey("releaseId");
        assertThat(deployments(created))
                .singleElement()
                .satisfies(
                        d ->
                                assertThat(d)
                                        .containsEntry("environment", "Dev")
                                        .containsEntry("state", "Success")
                                        .containsEntry("successful", true));
        String releaseId = (String) created.value().get("releaseId");
        assertThat(created.environment())
                .containsEntry("FREIGHT_RELEASE_VERSION", "1.0.7")
                .containsEntry("FREIGHT_RELEASE_ID", releaseId)
                .containsEntry("FREIGHT_DEPLOYMENT_STATE_DEV", "Success")
                .containsEntry(
                        "FREIGHT_TASK_ID_DEV", (String) deployments(created).get(0).get("taskId"))
                .containsKey("FREIGHT_DEPLOYMENT_ID_DEV");
        String console = build.console();
        assertThat(console.indexOf("    Deploying 1.0.7 to Dev"))
                .isPositive()
                .isLessThan(console.indexOf("Deployment to Dev ended: Success"));

        StepOutcome both =
                build.run(new DeployOperation(QUOTES, "1.0.7", null, to("Dev, Test", false)));
        StepOutcome awaited = build.run(new AwaitOperation(null, "2m", false, true));

        assertThat(deployments(both))
                .extracting(d -> d.get("environment"))
                .containsExactlyInAnyOrder("Dev", "Test");
        assertThat(both.environment())
                .containsKeys(
                        "FREIGHT_DEPLOYMENT_ID_DEV",
                        "FREIGHT_DEPLOYMENT_ID_TEST",
                        "FREIGHT_TASK_ID_DEV",
                        "FREIGHT_TASK_ID_TEST");
        assertThat(awaited.value()).containsEntry("successful", true);
        assertThat(awaited.environment()).containsEntry("FREIGHT_AWAIT_SUCCESSFUL", "true");
        assertThat(build.console()).contains("Deploying 1.0.7 to Test");

        build.run(release(QUOTES, "1.0.8", to("Dev", true)));
        StepOutcome promoted = build.run(new PromoteOperation(QUOTES, "Dev", to("Test", true)));

        assertThat(promoted.value()).containsEntry("releaseVersion", "1.0.8");
        assertThat(deployments(promoted))
                .singleElement()
                .satisfies(
                        d ->
                                assertThat(d)
                                        .containsEntry("environment", "Test")
                                        .containsEntry("state", "Success"));
        assertThat(promoted.environment())
                .containsEntry("FREIGHT_DEPLOYMENT_STATE_TEST", "Success")
                .containsEntry("FREIGHT_RELEASE_VERSION", "1.0.8");
        assertThat(build.console())
                .contains("Deploying 1.0.8 to Test")
                .doesNotContain(jenkins.engine.buildsApiKey());
    }

    @Test
    void failingScriptStepEndsTheStepWithOneSentenceNamingTheStepsError() throws Exception {
        start(true);
        String key = jenkins.engine.buildsApiKey();
        space.scriptProject(
                "Broken",
                "Migrate database",
                "echo \"starting the migration with " + key + "\"\nexit 7\n");

        StepFailedException failed =
                catchThrowableOfType(
                        StepFailedException.class,
                        () -> build.run(release("Broken", "2.0.0", to("Dev", true))));

        assertThat(failed.getMessage())
                .isEqualTo(
                        "Create release failed: Dev (ServerTasks-1) failed: The step Migrate"
                                + " database failed on jenkins: The script returned exit code 7.");
        assertThat(deployments(failed.partial()))
                .singleElement()
                .satisfies(d -> assertThat(d).containsEntry("state", "Failed"));
        assertThat(failed.partial().value()).containsEntry("releaseVersion", "2.0.0");
        assertThat(build.console())
                .contains("starting the migration with ****")
                .contains("ERROR: The step Migrate database failed on jenkins")
                .doesNotContain(key);
    }

    @Test
    void timeoutWithCancelOnTimeoutCancelsTheDeploymentTask() throws Exception {
        start(true);
        space.scriptProject("Slow", "Take your time", "echo \"sleeping\"\nsleep 60\n");
        StepOutcome deployed = build.run(release("Slow", "3.0.0", to("Dev", false)));
        String taskId = (String) deployments(deployed).get(0).get("taskId");

        StepFailedException timedOut =
                catchThrowableOfType(
                        StepFailedException.class,
                        () -> build.run(new AwaitOperation(taskId, "3s", true, false)));

        assertThat(timedOut.getMessage())
                .startsWith("Wait for deployments failed: Gave up waiting after 3s for Deploy Slow")
                .endsWith("the tasks were asked to cancel.");
        assertThat(build.console()).contains("sleeping", "because the timeout passed");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(space.taskState(taskId)).isEqualTo("Canceled"));
        assertThat(build.console()).doesNotContain(jenkins.engine.buildsApiKey());
    }

    @Test
    void abortingTheBuildWhileWaitingCancelsTheDeploymentTask() throws Exception {
        start(true);
        space.scriptProject("Slow", "Take your time", "echo \"sleeping\"\nsleep 60\n");
        StepOutcome deployed = build.run(release("Slow", "3.0.1", to("Dev", false)));
        String taskId = (String) deployments(deployed).get(0).get("taskId");
        AtomicReference<Throwable> ended = new AtomicReference<>();
        Thread waiting =
                new Thread(
                        () -> {
                            try {
                                build.run(new AwaitOperation(null, "", false, true));
                            } catch (Throwable e) {
                                ended.set(e);
                            }
                        });
        waiting.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> build.console().contains("sleeping"));

        waiting.interrupt();
        waiting.join(30_000);

        assertThat(ended.get()).isInstanceOf(InterruptedException.class);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(space.taskState(taskId)).isEqualTo("Canceled"));
        assertThat(build.console())
                .contains("because waiting was aborted")
                .doesNotContain(jenkins.engine.buildsApiKey());
    }

    @Test
    void pendingInterventionIsLinkedInTheLogAndTheStepWaitsUntilSomeoneProceeds() throws Exception {
        start(true);
        space.signOffProject("Signed off", "Sign off", "Check the site, then proceed.");
        AtomicReference<Object> ended = new AtomicReference<>();
        Thread waiting =
                new Thread(
                        () -> {
                            try {
                                ended.set(
                                        build.run(release("Signed off", "4.0.0", to("Dev", true))));
                            } catch (Throwable e) {
                                ended.set(e);
                            }
                        });
        waiting.start();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> build.console().contains("Waiting for someone to act on"));

        space.submitIntervention("ServerTasks-1", "Proceed");
        waiting.join(60_000);

        assertThat(ended.get()).isInstanceOf(StepOutcome.class);
        assertThat(((StepOutcome) ended.get()).environment())
                .containsEntry("FREIGHT_DEPLOYMENT_STATE_DEV", "Success");
        assertThat(build.console())
                .containsPattern(
                        "WARNING: Waiting for someone to act on .*\\(\\w+, Interruptions-\\d+\\):"
                                + " http://127\\.0\\.0\\.1:\\d+/jenkins/freight/")
                .doesNotContain(jenkins.engine.buildsApiKey());
    }

    @Test
    void theControllersSystemPropertyTurnsStepsOnTheServerOn() throws Exception {
        home = Files.createTempDirectory("freight-jenkins-home");
        System.setProperty(EmbeddedEngine.RUN_ON_SERVER_PROPERTY, "true");
        try {
            mount(EmbeddedHarness.start(home));
        } finally {
            System.clearProperty(EmbeddedEngine.RUN_ON_SERVER_PROPERTY);
        }
        space.scriptProject(QUOTES, "Say hello", DEPLOY_SCRIPT);

        StepOutcome created = build.run(release(QUOTES, "1.0.1", to("Dev", true)));

        assertThat(EmbeddedEngine.RUN_ON_SERVER_PROPERTY)
                .isEqualTo("io.jenkins.plugins.freight.plugin.embedded.EmbeddedEngine.runOnServer");
        assertThat(created.environment()).containsEntry("FREIGHT_DEPLOYMENT_STATE_DEV", "Success");
        assertThat(build.console()).contains("Deploying 1.0.1 to Dev");
    }

    @Test
    void runOnServerStepsAreRefusedWhileTheEmbeddedEngineKeepsThemOff() throws Exception {
        start(false);
        space.scriptProject(QUOTES, "Say hello", DEPLOY_SCRIPT);

        StepFailedException failed =
                catchThrowableOfType(
                        StepFailedException.class,
                        () -> build.run(release(QUOTES, "1.0.0", to("Dev", true))));

        assertThat(failed.getMessage())
                .contains("running steps on the server is turned off for this engine");
        assertThat(deployments(failed.partial()))
                .singleElement()
                .satisfies(d -> assertThat(d).containsEntry("state", "Failed"));
    }
}

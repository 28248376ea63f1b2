package io.jenkins.plugins.freight.plugin.freestyle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import hudson.AbortException;
import hudson.EnvVars;
import io.jenkins.plugins.freight.plugin.embedded.EmbeddedHarness;
import io.jenkins.plugins.freight.plugin.embedded.RecordedBuild;
import io.jenkins.plugins.freight.plugin.embedded.SeedSpace;
import io.jenkins.plugins.freight.plugin.run.BuildLink;
import io.jenkins.plugins.freight.plugin.run.FreightBuildAction;
import io.jenkins.plugins.freight.plugin.run.ServerChoice;
import io.jenkins.plugins.freight.plugin.steps.FreightOperation;
import io.jenkins.plugins.freight.plugin.steps.StepOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A freestyle job's build steps and post-build actions, one after the other, as Jenkins runs them
 * but without Jenkins (see {@link RecordedBuild}): later steps see the {@code FREIGHT_*} variables
 * and tasks of earlier ones through the build's {@link FreightBuildAction}, which also holds the
 * summary's and badge's links.
 */
@Timeout(150)
class FreestyleBuildTest {

    private static final String QUOTES = "Random Quotes";

    private Path home;
    private Path workspace;
    private EmbeddedHarness jenkins;
    private SeedSpace space;
    private RecordedBuild build;
    private FreightBuildAction action;

    @BeforeEach
    void start() throws Exception {
        home = Files.createTempDirectory("freight-jenkins-home");
        jenkins = EmbeddedHarness.start(home, true);
        space = SeedSpace.create(jenkins.baseUrl, jenkins.engine.pluginApiKey());
        workspace = Files.createDirectories(home.resolve("workspace/random-quotes"));
        Files.createDirectories(workspace.resolve("site"));
        Files.writeString(workspace.resolve("site/index.html"), "<h1>Quotes</h1>");
        build = new RecordedBuild(jenkins, workspace);
        action = build.action();
    }

    @AfterEach
    void stop() throws Exception {
        if (jenkins != null) {
            jenkins.close();
        }
        EmbeddedHarness.delete(home);
    }

    private EnvVars environment() {
        return build.environment();
    }

    private StepOutcome perform(Function<EnvVars, FreightOperation> step)
            throws AbortException, InterruptedException {
        return build.perform(step);
    }

    private String console() {
        return build.console();
    }

    @Test
    void laterStepsSeeTheVariablesAndTasksOfEarlierOnesAndTheSummaryLinksThemAll()
            throws Exception {
        space.scriptProject(
                QUOTES, "Say hello", "echo \"Hello from #{Octopus.Environment.Name}\"\n");
        FreightPackBuilder pack = new FreightPackBuilder("RandomQuotes", "1.0.${BUILD_NUMBER}");
        pack.setSourcePath("site");
        FreightPushBuilder push =
                new FreightPushBuilder("RandomQuotes.${FREIGHT_PACKAGE_VERSION}.zip");
        FreightCreateReleaseRecorder create = new FreightCreateReleaseRecorder(QUOTES);
        create.setReleaseVersion("${FREIGHT_PACKAGE_VERSION}");
        create.setDeployThisRelease(true);
        create.setEnvironments("Dev");
        create.setWaitForDeployment(true);
        FreightDeployRecorder deploy =
                new FreightDeployRecorder(
                        "${FREIGHT_PROJECT}", "${FREIGHT_RELEASE_VERSION}", "Test");
        FreightAwaitRecorder await = new FreightAwaitRecorder();
        await.setTimeout("2m");

        perform(pack::operation);
        perform(push::operation);
        StepOutcome created = perform(create::operation);
        StepOutcome deployed = perform(deploy::operation);
        StepOutcome awaited = perform(await::operation);

        assertThat(created.value()).containsEntry("releaseVersion", "1.0.7");
        assertThat(deployed.value()).containsEntry("releaseVersion", "1.0.7");
        String testTask = deployed.environment().get("FREIGHT_TASK_ID_TEST");
        assertThat(action.getStartedTaskIds())
                .containsExactly(created.environment().get("FREIGHT_TASK_ID_DEV"), testTask);
        assertThat(awaited.value()).containsEntry("successful", true);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> tasks = (List<Map<String, Object>>) awaited.value().get("tasks");
        assertThat(tasks).extracting(t -> t.get("taskId")).contains(testTask);

        EnvVars after = environment();
        assertThat(after)
                .containsEntry("FREIGHT_PACKAGE_VERSION", "1.0.7")
                .containsEntry("FREIGHT_PUSHED_PACKAGES", "RandomQuotes.1.0.7")
                .containsEntry("FREIGHT_RELEASE_VERSION", "1.0.7")
                .containsEntry("FREIGHT_PROJECT", QUOTES)
                .containsEntry("FREIGHT_DEPLOYMENT_STATE_DEV", "Success")
                .containsEntry("FREIGHT_TASK_ID_TEST", testTask)
                .containsEntry("FREIGHT_AWAIT_SUCCESSFUL", "true")
                .containsKey("FREIGHT_RELEASE_URL");
        assertThat(after.get("FREIGHT_RELEASE_URL")).startsWith(jenkins.baseUrl + "/app/");

        assertThat(action.getReleaseLinks())
                .singleElement()
                .satisfies(
                        release -> {
                            assertThat(release.getLabel()).isEqualTo("Random Quotes 1.0.7");
                            assertThat(release.getUrl())
                                    .isEqualTo(after.get("FREIGHT_RELEASE_URL"));
                            assertThat(release.getKindDisplayName()).isEqualTo("Release");
                        });
        assertThat(action.getLinks())
                .extracting(BuildLink::getKind, BuildLink::getLabel)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("deployment", "Dev"),
                        org.assertj.core.groups.Tuple.tuple("deployment", "Test"));
        assertThat(action.getLinks())
                .filteredOn(l -> l.getKind().equals("task"))
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.getState()).isEqualTo("Success"));
        assertThat(action.getLinks()).allSatisfy(l -> assertThat(l.getUrl()).isNotBlank());
        assertThat(action.isAnyFailed()).isFalse();
        assertThat(action.getIconFileName()).isNull();
        assertThat(action.getUrlName()).isNull();
        assertThat(console())
                .contains("Hello from Dev", "Hello from Test")
                .doesNotContain(jenkins.engine.pluginApiKey());
    }

    @Test
    void aFailedDeploymentIsRecordedForTheBadgeAndEndsTheStepWithOneSentence() throws Exception {
        space.scriptProject("Broken", "Migrate database", "exit 7\n");
        FreightCreateReleaseRecorder create = new FreightCreateReleaseRecorder("Broken");
        create.setReleaseVersion("2.0.${BUILD_NUMBER}");
        create.setDeployThisRelease(true);
        create.setEnvironments("Dev");
        create.setWaitForDeployment(true);

        AbortException failed =
                catchThrowableOfType(AbortException.class, () -> perform(create::operation));

        assertThat(failed.getMessage())
                .startsWith("Create release failed: Dev (ServerTasks-")
                .endsWith("The script returned exit code 7.")
                .doesNotContain("\n");
        assertThat(action.isAnyFailed()).isTrue();
        assertThat(environment())
                .containsEntry("FREIGHT_RELEASE_VERSION", "2.0.7")
                .containsEntry("FREIGHT_DEPLOYMENT_STATE_DEV", "Failed");
        assertThat(action.getLinks())
                .filteredOn(l -> l.getKind().equals("deployment"))
                .singleElement()
                .satisfies(d -> assertThat(d.isUnsuccessful()).isTrue());
    }

    @Test
    void aRedeploymentReplacesTheLinkOfTheSameEnvironmentInsteadOfAddingOne() throws Exception {
        space.scriptProject(QUOTES, "Say hello", "echo hello\n");
        FreightCreateReleaseRecorder create = new FreightCreateReleaseRecorder(QUOTES);
        create.setReleaseVersion("1.0.${BUILD_NUMBER}");
        create.setDeployThisRelease(true);
        create.setEnvironments("Dev");
        FreightDeployRecorder again = new FreightDeployRecorder(QUOTES, "latest", "Dev");
        again.setWaitForDeployment(true);

        perform(create::operation);
        StepOutcome redeployed = perform(again::operation);

        assertThat(action.getLinks())
                .filteredOn(l -> l.getKind().equals("deployment"))
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.getState()).isEqualTo("Success");
                            assertThat(d.getUrl())
                                    .contains(redeployed.environment().get("FREIGHT_TASK_ID_DEV"));
                        });
        assertThat(action.getStartedTaskIds()).hasSize(2);
        assertThat(environment().get("FREIGHT_DEPLOYMENT_ID_DEV"))
                .isEqualTo(redeployed.environment().get("FREIGHT_DEPLOYMENT_ID_DEV"));
    }

    @Test
    void serverIdCredentialAndSpaceOverridesExpandBuildVariables() {
        EnvVars env = new EnvVars(Map.of("TARGET", "prod", "KEY_ID", "prod-key", "SPACE", "Ops"));

        assertThat(new ServerChoice("${TARGET}", "${KEY_ID}", "$SPACE").expand(env))
                .isEqualTo(new ServerChoice("prod", "prod-key", "Ops"));
        assertThat(new ServerChoice(null, "${UNSET}", "").expand(env))
                .isEqualTo(new ServerChoice(null, "${UNSET}", ""));
    }
}

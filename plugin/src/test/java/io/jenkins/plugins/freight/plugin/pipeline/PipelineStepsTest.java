package io.jenkins.plugins.freight.plugin.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.plugin.embedded.EmbeddedHarness;
import io.jenkins.plugins.freight.plugin.embedded.RecordedBuild;
import io.jenkins.plugins.freight.plugin.embedded.SeedSpace;
import io.jenkins.plugins.freight.plugin.steps.StepOutcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The seed Pipeline's steps, made from the Pipeline step classes with their fields as a script sets
 * them, run as their execution runs them against the embedded engine (see {@link RecordedBuild}):
 * the values they return hold only strings, numbers, booleans, lists and maps (what a sandboxed
 * script may read) and can be written with the Pipeline's state (Java serialization).
 */
@Timeout(150)
class PipelineStepsTest {

    private static final String QUOTES = "Random Quotes";

    private Path home;
    private EmbeddedHarness jenkins;
    private RecordedBuild build;

    @BeforeEach
    void start() throws Exception {
        home = Files.createTempDirectory("freight-jenkins-home");
        jenkins = EmbeddedHarness.start(home, true);
        SeedSpace.create(jenkins.baseUrl, jenkins.engine.pluginApiKey())
                .scriptProject(
                        QUOTES, "Say hello", "echo \"Hello from #{Octopus.Environment.Name}\"\n");
        Path workspace = Files.createDirectories(home.resolve("workspace/random-quotes"));
        Files.createDirectories(workspace.resolve("site"));
        Files.writeString(workspace.resolve("site/index.html"), "<h1>Quotes</h1>");
        build = new RecordedBuild(jenkins, workspace);
    }

    @AfterEach
    void stop() throws Exception {
        if (jenkins != null) {
            jenkins.close();
        }
        EmbeddedHarness.delete(home);
    }

    @Test
    void theSeedPipelinesStepsReturnPlainSerializableValues() throws Exception {
        FreightPackStep pack = new FreightPackStep("RandomQuotes", "1.0.${BUILD_NUMBER}");
        pack.setSourcePath("site");
        FreightPushStep push = new FreightPushStep("RandomQuotes.1.0.7.zip");
        FreightBuildInfoStep info = new FreightBuildInfoStep("RandomQuotes", "1.0.7");
        info.setBranch("main");
        FreightCreateReleaseStep create = new FreightCreateReleaseStep(QUOTES);
        create.setReleaseVersion("1.0.7");
        create.setDeployThisRelease(true);
        create.setEnvironments("Dev");
        create.setWaitForDeployment(true);
        FreightDeployStep deploy = new FreightDeployStep(QUOTES, "1.0.7", "Test");
        FreightAwaitStep await = new FreightAwaitStep();
        FreightPromoteStep promote = new FreightPromoteStep(QUOTES, "Test", "Dev");
        promote.setWaitForDeployment(true);

        List<StepOutcome> outcomes = new ArrayList<>();
        outcomes.add(build.perform(pack::operation));
        outcomes.add(build.perform(push::operation));
        outcomes.add(build.perform(info::operation));
        outcomes.add(build.perform(create::operation));
        outcomes.add(build.perform(deploy::operation));
        outcomes.add(build.perform(await::operation));
        outcomes.add(build.perform(promote::operation));

        assertThat(outcomes.get(0).value()).containsEntry("version", "1.0.7");
        assertThat(outcomes.get(3).value()).containsEntry("releaseVersion", "1.0.7");
        assertThat(outcomes.get(5).value()).containsEntry("successful", true);
        assertThat(outcomes.get(6).value()).containsEntry("releaseVersion", "1.0.7");
        for (StepOutcome outcome : outcomes) {
            Map<String, Object> returned = FreightStepExecution.returned(outcome);
            assertPlain(returned, "value");
            assertThat(serialized(returned)).isPositive();
        }
        assertThat(build.console())
                .contains("Hello from Test")
                .doesNotContain(jenkins.engine.buildsApiKey());
    }

    @Test
    void anAwaitWithoutIdsDoesNotShowTheLogOfATaskAnEarlierStepAwaitedAgain() throws Exception {
        FreightCreateReleaseStep create = new FreightCreateReleaseStep(QUOTES);
        create.setReleaseVersion("2.0.0");
        create.setDeployThisRelease(true);
        create.setEnvironments("Dev");
        create.setWaitForDeployment(true);
        FreightDeployStep deploy = new FreightDeployStep(QUOTES, "2.0.0", "Test");
        FreightAwaitStep await = new FreightAwaitStep();

        build.perform(create::operation);
        build.perform(deploy::operation);
        assertThat(build.console())
                .containsOnlyOnce("Hello from Dev")
                .doesNotContain("Hello from Test");
        String dev = build.action().getAwaitedTaskIds().get(0);

        int before = build.console().length();
        StepOutcome first = build.perform(await::operation);
        String firstLog = build.console().substring(before);
        before = build.console().length();
        StepOutcome second = build.perform(await::operation);
        String secondLog = build.console().substring(before);

        // the first await shows Test's log only; the second shows neither task's log again
        assertThat(firstLog)
                .contains("Hello from Test")
                .doesNotContain("Hello from Dev")
                .contains("Not showing the log of " + dev + " again");
        assertThat(secondLog)
                .doesNotContain("Hello from Test")
                .doesNotContain("Hello from Dev")
                .contains("Not showing the log of " + dev + ", ");
        // both results still report both deployments' outcomes
        for (StepOutcome outcome : List.of(first, second)) {
            assertThat(outcome.value()).containsEntry("successful", true);
            assertThat((List<?>) outcome.value().get("tasks")).hasSize(2);
        }
        assertThat(build.action().getAwaitedTaskIds())
                .containsExactlyElementsOf(build.action().getStartedTaskIds());
    }

    private static void assertPlain(Object value, String where) {
        if (value == null
                || value instanceof String
                || value instanceof Integer
                || value instanceof Long
                || value instanceof Boolean) {
            return;
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                assertPlain(list.get(i), where + "[" + i + "]");
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach(
                    (k, v) -> {
                        assertThat(k).as(where).isInstanceOf(String.class);
                        assertPlain(v, where + "." + k);
                    });
            return;
        }
        throw new AssertionError(where + " is a " + value.getClass().getName());
    }

    private static int serialized(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.size();
    }
}

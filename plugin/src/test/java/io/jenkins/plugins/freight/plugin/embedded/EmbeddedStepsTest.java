package io.jenkins.plugins.freight.plugin.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.plugin.steps.BuildInfoOperation;
import io.jenkins.plugins.freight.plugin.steps.FreightOperation;
import io.jenkins.plugins.freight.plugin.steps.PackOperation;
import io.jenkins.plugins.freight.plugin.steps.PushOperation;
import io.jenkins.plugins.freight.plugin.steps.StepFailedException;
import io.jenkins.plugins.freight.plugin.steps.StepOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The build steps' operations against the embedded engine as Jenkins hosts it (through the {@code
 * /freight/} mount, with the builds account's key), the way the glue runs them: pack in the
 * workspace, push, attach build information.
 */
@Timeout(120)
class EmbeddedStepsTest {

    private Path home;
    private Path workspace;
    private EmbeddedHarness jenkins;
    private BuildRun build;

    @BeforeEach
    void start() throws Exception {
        home = Files.createTempDirectory("freight-jenkins-home");
        workspace = Files.createDirectories(home.resolve("workspace/random-quotes"));
        jenkins = EmbeddedHarness.start(home);
        build = new BuildRun(jenkins, workspace);
    }

    @AfterEach
    void stop() throws Exception {
        jenkins.close();
        EmbeddedHarness.delete(home);
    }

    private StepOutcome run(FreightOperation operation) throws InterruptedException {
        return build.run(operation);
    }

    private String console() {
        return build.console();
    }

    @Test
    void packPushAndBuildInformationReachTheEmbeddedFeed() throws Exception {
        Files.createDirectories(workspace.resolve("site"));
        Files.writeString(workspace.resolve("site/index.html"), "<h1>Quotes</h1>");

        StepOutcome packed =
                run(
                        new PackOperation(
                                "RandomQuotes", "1.0.7", "zip", "site", null, null, null, false));
        StepOutcome pushed = run(new PushOperation("RandomQuotes.1.0.7.zip", "FailIfExists"));
        StepOutcome info =
                run(
                        new BuildInfoOperation(
                                "RandomQuotes",
                                "1.0.7",
                                "main",
                                "https://git.example.com/quotes.git",
                                "abc123",
                                null,
                                ""));

        assertThat(packed.value()).containsEntry("fileCount", 1);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> packages =
                (List<Map<String, Object>>) pushed.value().get("packages");
        assertThat(packages)
                .singleElement()
                .satisfies(
                        p ->
                                assertThat(p)
                                        .containsEntry("packageId", "RandomQuotes")
                                        .containsEntry("version", "1.0.7")
                                        .containsEntry("created", true));
        assertThat(pushed.environment())
                .containsEntry("FREIGHT_PUSHED_PACKAGES", "RandomQuotes.1.0.7");
        assertThat(info.value().get("buildInformation").toString()).contains("RandomQuotes");
        assertThat(console())
                .contains("[Freight] Pushed RandomQuotes 1.0.7")
                .doesNotContain(jenkins.engine.buildsApiKey());
    }

    @Test
    void pushingTheSameVersionAgainFailsWithOneSentenceUnlessAskedToOverwrite() throws Exception {
        Files.writeString(workspace.resolve("RandomQuotes.1.0.8.zip"), "not really a zip");
        run(new PushOperation("*.zip", ""));

        var again =
                org.assertj.core.api.Assertions.catchThrowableOfType(
                        StepFailedException.class, () -> run(new PushOperation("*.zip", "")));
        StepOutcome overwritten = run(new PushOperation("*.zip", "OverwriteExisting"));

        assertThat(again.getMessage()).startsWith("Push packages failed: ").doesNotContain("\n");
        assertThat(overwritten.value().get("packages").toString()).contains("RandomQuotes");
    }
}

package io.jenkins.plugins.freight.plugin.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.client.ConnectionSettings;
import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.actions.ProgressListener;
import io.jenkins.plugins.freight.plugin.Messages;
import io.jenkins.plugins.freight.plugin.console.SecretMasker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperationsTest {

    private static final String KEY = "API-OPERATIONSTESTKEYOPERATIONS1";

    @TempDir Path workspace;

    private final List<String> log = new ArrayList<>();
    private int connections;

    /** A build on this machine whose server does not listen (port 9 on loopback). */
    private StepEnvironment env() {
        return new StepEnvironment() {
            @Override
            public ProgressListener log() {
                return ProgressListener.lines(log::add);
            }

            @Override
            public FreightClient connect() {
                connections++;
                return FreightClient.create(ConnectionSettings.of("http://127.0.0.1:9", KEY));
            }

            @Override
            public Workspace workspace() {
                return new LocalWorkspace(workspace);
            }

            @Override
            public BuildFacts build() {
                return new BuildFacts("Random Quotes", "7", null, List.of(), List.of(), List.of());
            }
        };
    }

    private StepOutcome run(FreightOperation operation) throws InterruptedException {
        return StepRunner.run(operation, env(), SecretMasker.of(List.of(KEY)));
    }

    @Test
    void packWritesThePackageInTheWorkspaceAndReportsIt() throws Exception {
        Files.createDirectories(workspace.resolve("site/css"));
        Files.writeString(workspace.resolve("site/index.html"), "<h1>Quotes</h1>");
        Files.writeString(workspace.resolve("site/css/app.css"), "h1{}");
        Files.writeString(workspace.resolve("site/notes.tmp"), "x");

        StepOutcome outcome =
                run(
                        new PackOperation(
                                "RandomQuotes",
                                "1.0.7",
                                "zip",
                                "site",
                                "**",
                                "*.tmp",
                                "out",
                                false));

        Path file = workspace.resolve("out/RandomQuotes.1.0.7.zip");
        assertThat(file).exists();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(zip.stream().map(e -> e.getName()))
                    .containsExactlyInAnyOrder("index.html", "css/app.css");
        }
        assertThat(outcome.value())
                .containsEntry("packageId", "RandomQuotes")
                .containsEntry("version", "1.0.7")
                .containsEntry("fileCount", 2);
        assertThat(outcome.environment())
                .containsEntry("FREIGHT_PACKAGE_FILE", file.toString())
                .containsEntry("FREIGHT_PACKAGE_VERSION", "1.0.7");
        assertThat(connections).isZero();
    }

    @Test
    void packWithoutAPackageIdFailsWithOneSentence() {
        assertThatThrownBy(
                        () ->
                                run(
                                        new PackOperation(
                                                " ", "1.0", "zip", null, null, null, null, false)))
                .isInstanceOf(StepFailedException.class)
                .hasMessage(Messages.Step_Failed("Pack", Messages.Step_FieldRequired("packageId")));
    }

    @Test
    void pushOfAPatternMatchingNothingFailsBeforeContactingTheServer() {
        assertThatThrownBy(() -> run(new PushOperation("build/*.nupkg", "")))
                .isInstanceOf(StepFailedException.class)
                .hasMessageStartingWith("Push packages failed: ")
                .hasMessageContaining("build/*.nupkg");
        assertThat(connections).isZero();
    }

    @Test
    void pushToAServerThatDoesNotAnswerFailsClearlyWithoutTheKey() throws Exception {
        Files.writeString(workspace.resolve("RandomQuotes.1.0.7.zip"), "zip");

        assertThatThrownBy(() -> run(new PushOperation("*.zip", "OverwriteExisting")))
                .isInstanceOf(StepFailedException.class)
                .hasMessageStartingWith("Push packages failed: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY));
        assertThat(connections).isEqualTo(1);
    }

    @Test
    void awaitWithNothingStartedAndNoTaskIdsSaysSo() {
        assertThatThrownBy(() -> run(new AwaitOperation("", "10m", true, true)))
                .hasMessage(
                        Messages.Step_Failed(
                                "Wait for deployments", Messages.Step_NothingToAwait()));
    }

    @Test
    void badDeploymentInputsFailBeforeAnythingIsSent() {
        var deployment = new DeploymentSettings("Dev", "", "", "Approver", true, "", false, true);

        assertThatThrownBy(
                        () -> run(new DeployOperation("Random Quotes", "1.0.7", null, deployment)))
                .hasMessage(
                        Messages.Step_Failed(
                                "Deploy release", Messages.Step_InvalidVariable("Approver")));
        assertThat(connections).isZero();
    }

    @Test
    void deploymentSettingsBecomeTheActionsOptions() {
        var options =
                new DeploymentSettings(
                                "Dev, Test",
                                "Acme",
                                "Region/EU",
                                "A=1\nB=2",
                                true,
                                "36:00:00",
                                true,
                                false)
                        .toOptions();

        assertThat(options.environments()).containsExactly("Dev", "Test");
        assertThat(options.tenants()).containsExactly("Acme");
        assertThat(options.tenantTags()).containsExactly("Region/EU");
        assertThat(options.variables()).isEqualTo(Map.of("A", "1", "B", "2"));
        assertThat(options.await().timeout()).hasHours(36);
        assertThat(options.await().cancelOnTimeout()).isTrue();
        assertThat(options.await().cancelOnAbort()).isFalse();
        assertThat(
                        new DeploymentSettings("Dev", null, null, null, false, null, false, false)
                                .toOptions()
                                .await())
                .isNull();
    }
}

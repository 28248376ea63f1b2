package io.jenkins.plugins.freight.plugin.embedded;

import io.jenkins.plugins.freight.client.ConnectionSettings;
import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.actions.ProgressListener;
import io.jenkins.plugins.freight.client.buildinfo.BuildInformation;
import io.jenkins.plugins.freight.plugin.config.Connections;
import io.jenkins.plugins.freight.plugin.config.ServerDefinition;
import io.jenkins.plugins.freight.plugin.console.BuildLog;
import io.jenkins.plugins.freight.plugin.console.SecretMasker;
import io.jenkins.plugins.freight.plugin.steps.BuildFacts;
import io.jenkins.plugins.freight.plugin.steps.FreightOperation;
import io.jenkins.plugins.freight.plugin.steps.LocalWorkspace;
import io.jenkins.plugins.freight.plugin.steps.StepEnvironment;
import io.jenkins.plugins.freight.plugin.steps.StepOutcome;
import io.jenkins.plugins.freight.plugin.steps.StepRunner;
import io.jenkins.plugins.freight.plugin.steps.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One Jenkins build running the steps' operations against the embedded engine the way the glue
 * does: the builds account's key, a masked build log, the workspace, and the tasks earlier steps
 * started (which {@code freightAwait} waits for when given none) and waited for.
 */
final class BuildRun {

    private final EmbeddedHarness jenkins;
    private final Path workspace;
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final List<String> startedTaskIds = new ArrayList<>();
    private final List<String> awaitedTaskIds = new ArrayList<>();

    BuildRun(EmbeddedHarness jenkins, Path workspace) {
        this.jenkins = jenkins;
        this.workspace = workspace;
    }

    /** Runs one step; a failure is a {@code StepFailedException} as the glue sees it. */
    StepOutcome run(FreightOperation operation) throws InterruptedException {
        String key = jenkins.engine.buildsApiKey();
        SecretMasker masker = SecretMasker.of(List.of(key));
        BuildLog log =
                new BuildLog(
                        new PrintStream(console, true, StandardCharsets.UTF_8),
                        masker,
                        BuildLog.plainLinks());
        ConnectionSettings settings =
                Connections.embedded(
                        new ServerDefinition.Embedded("embedded", null),
                        jenkins.baseUrl,
                        key,
                        null);
        List<String> started = List.copyOf(startedTaskIds);
        List<String> awaited = List.copyOf(awaitedTaskIds);
        StepEnvironment env =
                new StepEnvironment() {
                    @Override
                    public ProgressListener log() {
                        return log;
                    }

                    @Override
                    public FreightClient connect() {
                        return FreightClient.create(settings);
                    }

                    @Override
                    public Workspace workspace() {
                        return new LocalWorkspace(workspace);
                    }

                    @Override
                    public BuildFacts build() {
                        return new BuildFacts(
                                "random-quotes",
                                "7",
                                "http://jenkins.example.com/job/random-quotes/7/",
                                List.of(new BuildInformation.Commit("abc123", "Add a quote")),
                                started,
                                awaited);
                    }
                };
        StepOutcome outcome = StepRunner.run(operation, env, masker);
        startedTaskIds.addAll(outcome.startedTaskIds());
        awaitedTaskIds.addAll(outcome.awaitedTaskIds());
        return outcome;
    }

    String console() {
        return console.toString(StandardCharsets.UTF_8);
    }
}

package io.jenkins.plugins.freight.plugin.embedded;

import hudson.AbortException;
import hudson.EnvVars;
import io.jenkins.plugins.freight.client.ConnectionSettings;
import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.actions.ProgressListener;
import io.jenkins.plugins.freight.plugin.config.Connections;
import io.jenkins.plugins.freight.plugin.config.ServerDefinition;
import io.jenkins.plugins.freight.plugin.console.BuildLog;
import io.jenkins.plugins.freight.plugin.console.SecretMasker;
import io.jenkins.plugins.freight.plugin.run.FreightBuildAction;
import io.jenkins.plugins.freight.plugin.run.FreightStepRunner;
import io.jenkins.plugins.freight.plugin.steps.BuildFacts;
import io.jenkins.plugins.freight.plugin.steps.FreightOperation;
import io.jenkins.plugins.freight.plugin.steps.LocalWorkspace;
import io.jenkins.plugins.freight.plugin.steps.StepEnvironment;
import io.jenkins.plugins.freight.plugin.steps.StepOutcome;
import io.jenkins.plugins.freight.plugin.steps.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One Jenkins build whose Freight steps run as the glue runs them, without Jenkins: each step's
 * operation is made from its configured fields with the build's variables expanded (those the
 * build's {@link FreightBuildAction} contributes included), run by {@link
 * FreightStepRunner#runRecorded} against the embedded engine with the builds account's key and a
 * masked log, and recorded on the action the build's summary, badge and later steps read.
 */
public final class RecordedBuild {

    private final EmbeddedHarness jenkins;
    private final Path workspace;
    private final FreightBuildAction action = new FreightBuildAction();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    public RecordedBuild(EmbeddedHarness jenkins, Path workspace) {
        this.jenkins = jenkins;
        this.workspace = workspace;
    }

    /** What Jenkins hands a step: the build's variables plus those the action contributes. */
    public EnvVars environment() {
        EnvVars env = new EnvVars(Map.of("BUILD_NUMBER", "7", "JOB_NAME", "random-quotes"));
        action.buildEnvironment(null, env);
        return env;
    }

    /** One step, as its {@code perform} (freestyle) or execution (Pipeline) runs it. */
    public StepOutcome perform(Function<EnvVars, FreightOperation> step)
            throws AbortException, InterruptedException {
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
        List<String> started = action.getStartedTaskIds();
        List<String> awaited = action.getAwaitedTaskIds();
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
                                List.of(),
                                started,
                                awaited);
                    }
                };
        return FreightStepRunner.runRecorded(step.apply(environment()), env, masker, action);
    }

    public FreightBuildAction action() {
        return action;
    }

    public String console() {
        return console.toString(StandardCharsets.UTF_8);
    }
}

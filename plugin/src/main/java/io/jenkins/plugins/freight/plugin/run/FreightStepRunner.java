package io.jenkins.plugins.freight.plugin.run;

import hudson.AbortException;
import hudson.FilePath;
import hudson.console.HyperlinkNote;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.freight.client.ConnectionSettings;
import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.actions.ProgressListener;
import io.jenkins.plugins.freight.plugin.Messages;
import io.jenkins.plugins.freight.plugin.config.FreightGlobalConfiguration;
import io.jenkins.plugins.freight.plugin.config.ServerConnections;
import io.jenkins.plugins.freight.plugin.config.ServerDefinition;
import io.jenkins.plugins.freight.plugin.console.BuildLog;
import io.jenkins.plugins.freight.plugin.console.SecretMasker;
import io.jenkins.plugins.freight.plugin.credentials.ApiKeys;
import io.jenkins.plugins.freight.plugin.embedded.EmbeddedEngine;
import io.jenkins.plugins.freight.plugin.embedded.EmbeddedLifecycle;
import io.jenkins.plugins.freight.plugin.steps.BuildFacts;
import io.jenkins.plugins.freight.plugin.steps.FreightOperation;
import io.jenkins.plugins.freight.plugin.steps.InvalidStepInputException;
import io.jenkins.plugins.freight.plugin.steps.StepEnvironment;
import io.jenkins.plugins.freight.plugin.steps.StepFailedException;
import io.jenkins.plugins.freight.plugin.steps.StepOutcome;
import io.jenkins.plugins.freight.plugin.steps.StepRunner;
import io.jenkins.plugins.freight.plugin.steps.Workspace;
import java.io.IOException;
import java.util.List;

/**
 * Runs one Freight operation inside a build, for the freestyle and the Pipeline front doors alike:
 * resolves the server and its API key, streams progress (masked, with links) into the build log,
 * records the outcome on the build, and ends a failure with an {@link AbortException} carrying one
 * sentence.
 */
public final class FreightStepRunner {

    private FreightStepRunner() {}

    public static StepOutcome run(
            FreightOperation operation,
            ServerChoice choice,
            Run<?, ?> run,
            FilePath workspace,
            TaskListener listener)
            throws IOException, InterruptedException {
        Connection connection = null;
        if (operation.requiresServer()) {
            try {
                connection = connection(choice, run);
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new AbortException(Messages.Step_Failed(operation.title(), e.getMessage()));
            }
        }
        SecretMasker masker =
                connection == null || connection.settings().apiKey() == null
                        ? SecretMasker.none()
                        : SecretMasker.of(List.of(connection.settings().apiKey()));
        BuildLog log = new BuildLog(listener.getLogger(), masker, HyperlinkNote::encodeTo);
        FreightBuildAction action = FreightBuildAction.of(run);
        StepEnvironment env = new JenkinsEnvironment(run, workspace, log, connection, action);
        return runRecorded(operation, env, masker, action);
    }

    /**
     * The part that needs no Jenkins: runs the operation, records what it did on the build's action
     * (also what a failed step did, e.g. a deployment that failed) so later steps see its {@code
     * FREIGHT_*} variables and tasks, and ends a failure with one sentence.
     */
    public static StepOutcome runRecorded(
            FreightOperation operation,
            StepEnvironment env,
            SecretMasker masker,
            FreightBuildAction action)
            throws AbortException, InterruptedException {
        try {
            StepOutcome outcome = StepRunner.run(operation, env, masker);
            action.record(outcome);
            return outcome;
        } catch (StepFailedException e) {
            action.record(e.partial());
            throw new AbortException(e.getMessage());
        }
    }

    /** The settings to reach the chosen server. */
    record Connection(ConnectionSettings settings) {}

    private static Connection connection(ServerChoice choice, Run<?, ?> run) throws AbortException {
        ServerDefinition server =
                FreightGlobalConfiguration.get().registry().resolve(choice.serverId());
        String override = blankToNull(choice.credentialsId());
        if (server instanceof ServerDefinition.Remote remote) {
            String key =
                    ApiKeys.forRun(
                            run,
                            override != null ? override : remote.credentialsId(),
                            remote.url());
            return new Connection(ServerConnections.remote(remote, key, choice.space()));
        }
        ServerDefinition.Embedded embedded = (ServerDefinition.Embedded) server;
        EmbeddedEngine engine = EmbeddedLifecycle.running();
        if (engine == null) {
            throw new IllegalStateException(Messages.Servers_EmbeddedNotRunning());
        }
        // Without a credential the build acts as the Jenkins builds service account, whose team's
        // roles Freight administrators scope; never as the plugin's administrator.
        String key = override != null ? ApiKeys.forRun(run, override, null) : engine.buildsApiKey();
        return new Connection(ServerConnections.embedded(embedded, key, choice.space()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The build as operations see it. */
    private record JenkinsEnvironment(
            Run<?, ?> run,
            FilePath workspaceRoot,
            BuildLog buildLog,
            Connection connection,
            FreightBuildAction action)
            implements StepEnvironment {

        @Override
        public ProgressListener log() {
            return buildLog;
        }

        @Override
        public FreightClient connect() {
            if (connection == null) {
                throw new IllegalStateException(Messages.Step_NoServer());
            }
            return FreightClient.create(connection.settings());
        }

        @Override
        public Workspace workspace() {
            if (workspaceRoot == null) {
                throw new InvalidStepInputException(Messages.Step_NoWorkspace());
            }
            return new JenkinsWorkspace(workspaceRoot);
        }

        @Override
        public BuildFacts build() {
            return BuildFactsOfRun.of(run, action);
        }
    }
}

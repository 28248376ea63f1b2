package io.jenkins.plugins.freight.plugin.steps;

import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.actions.ProgressListener;

/**
 * What an operation needs from where it runs. The Jenkins glue implements it over the build (its
 * log, workspace, change sets and the configured servers); tests implement it over a directory and
 * a real server.
 */
public interface StepEnvironment {

    /** Where progress goes (the build log, masked). */
    ProgressListener log();

    /** A client for the step's server and space; the caller closes it. */
    FreightClient connect();

    /**
     * The build's workspace.
     *
     * @throws InvalidStepInputException when the step runs without one
     */
    Workspace workspace();

    /** What the build knows about itself. */
    BuildFacts build();
}

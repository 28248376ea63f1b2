package io.jenkins.plugins.freight.server.ui.release;

import io.jenkins.plugins.freight.server.ui.StateView;

/** One deployment of the release: where, how it went, when and by whom; links to its task. */
public record DeploymentLine(
        String environmentName, StateView state, String href, String created, String deployedBy) {}

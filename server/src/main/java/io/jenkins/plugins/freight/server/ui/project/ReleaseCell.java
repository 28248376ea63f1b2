package io.jenkins.plugins.freight.server.ui.project;

import io.jenkins.plugins.freight.server.ui.DeployOption;
import io.jenkins.plugins.freight.server.ui.StateView;

/**
 * One release in one environment on the project overview.
 *
 * @param state the newest deployment's state there, or null when never deployed there
 * @param href its task page, or null
 * @param deploy offered when the release was never deployed here and may be now, else null
 * @param promote offered on a successful cell: the next environment the release may go to, or null
 */
public record ReleaseCell(StateView state, String href, DeployOption deploy, DeployOption promote) {

    public boolean isDeployed() {
        return state != null;
    }
}

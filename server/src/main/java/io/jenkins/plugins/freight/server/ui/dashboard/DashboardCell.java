package io.jenkins.plugins.freight.server.ui.dashboard;

import io.jenkins.plugins.freight.server.ui.StateView;

/**
 * One project in one environment: the release of the newest deployment there and how it went.
 *
 * @param version the release's version, or null when the project was never deployed there
 * @param state the deployment's state, or null
 * @param href the deployment's task page, or null
 * @param when when it was queued (or finished), or empty
 */
public record DashboardCell(String version, StateView state, String href, String when) {

    public static DashboardCell empty() {
        return new DashboardCell(null, null, null, "");
    }

    public boolean isEmpty() {
        return version == null;
    }
}

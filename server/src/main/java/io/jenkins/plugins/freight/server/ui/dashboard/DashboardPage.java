package io.jenkins.plugins.freight.server.ui.dashboard;

import io.jenkins.plugins.freight.server.ui.PageFrame;
import java.util.List;

/**
 * The dashboard: environments across, projects down, each cell the newest deployment.
 *
 * @param environments column headings, in the space's environment order
 * @param rows one per project, by name
 */
public record DashboardPage(PageFrame frame, List<String> environments, List<DashboardRow> rows) {
    public DashboardPage {
        environments = List.copyOf(environments);
        rows = List.copyOf(rows);
    }
}

package io.jenkins.plugins.freight.server.ui.dashboard;

import java.util.List;

/**
 * One project: its name, its overview page, and a cell per environment (in the page's column
 * order).
 */
public record DashboardRow(String projectName, String href, List<DashboardCell> cells) {
    public DashboardRow {
        cells = List.copyOf(cells);
    }
}

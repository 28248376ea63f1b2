package io.jenkins.plugins.freight.server.ui.project;

import io.jenkins.plugins.freight.server.ui.DeployOption;
import java.util.List;

/**
 * One release on the project overview.
 *
 * @param releaseId {@code Releases-N}, the value the deploy form posts
 * @param version its version
 * @param href the release page
 * @param cells one per environment column
 * @param options every environment the user may deploy it to now ("Deploy to…")
 */
public record ReleaseRow(
        String releaseId,
        String version,
        String href,
        List<ReleaseCell> cells,
        List<DeployOption> options) {
    public ReleaseRow {
        cells = List.copyOf(cells);
        options = List.copyOf(options);
    }
}

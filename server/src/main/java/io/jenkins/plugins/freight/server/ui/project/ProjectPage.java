package io.jenkins.plugins.freight.server.ui.project;

import io.jenkins.plugins.freight.server.ui.PageFrame;
import java.util.List;

/**
 * A project's overview: its releases (newest first) across the environments of its lifecycle.
 *
 * @param projectName the project
 * @param description its description, may be empty
 * @param lifecycleName the lifecycle its releases follow
 * @param deployAction where the deploy forms post
 * @param environments column headings, in lifecycle order
 * @param releases the newest releases
 */
public record ProjectPage(
        PageFrame frame,
        String projectName,
        String description,
        String lifecycleName,
        String deployAction,
        List<String> environments,
        List<ReleaseRow> releases) {
    public ProjectPage {
        environments = List.copyOf(environments);
        releases = List.copyOf(releases);
    }
}

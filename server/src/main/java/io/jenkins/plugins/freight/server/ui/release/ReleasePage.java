package io.jenkins.plugins.freight.server.ui.release;

import io.jenkins.plugins.freight.engine.release.ReleaseBuildInformation;
import io.jenkins.plugins.freight.engine.release.SelectedPackage;
import io.jenkins.plugins.freight.server.ui.DeployOption;
import io.jenkins.plugins.freight.server.ui.PageFrame;
import java.util.List;

/**
 * A release: what it deploys (packages and their build information), its notes, and its
 * deployments, with "Deploy to…" where allowed.
 *
 * @param releaseId {@code Releases-N}
 * @param notes release notes as written (shown as text)
 * @param deployments newest first
 * @param deployAction where the deploy form posts
 * @param options environments the user may deploy it to now
 */
public record ReleasePage(
        PageFrame frame,
        String releaseId,
        String version,
        String projectName,
        String projectHref,
        String channelName,
        String created,
        String createdBy,
        String notes,
        List<SelectedPackage> packages,
        List<ReleaseBuildInformation> buildInformation,
        List<DeploymentLine> deployments,
        String deployAction,
        List<DeployOption> options) {
    public ReleasePage {
        packages = List.copyOf(packages);
        buildInformation = List.copyOf(buildInformation);
        deployments = List.copyOf(deployments);
        options = List.copyOf(options);
    }
}

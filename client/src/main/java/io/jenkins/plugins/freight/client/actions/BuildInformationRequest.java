package io.jenkins.plugins.freight.client.actions;

import io.jenkins.plugins.freight.client.buildinfo.BuildInformation;
import io.jenkins.plugins.freight.client.packages.OverwriteMode;
import java.util.List;
import java.util.Objects;

/**
 * Build information to attach to one version of one or more packages.
 *
 * @param packageIds the packages the build produced
 * @param version their version
 * @param information build URL and number, branch, VCS root, commits
 */
public record BuildInformationRequest(
        List<String> packageIds,
        String version,
        BuildInformation information,
        OverwriteMode overwriteMode) {

    public BuildInformationRequest {
        packageIds = packageIds == null ? List.of() : List.copyOf(packageIds);
        Objects.requireNonNull(information, "information");
        overwriteMode = overwriteMode == null ? OverwriteMode.FAIL_IF_EXISTS : overwriteMode;
    }
}

package io.jenkins.plugins.freight.client.actions;

import io.jenkins.plugins.freight.client.packages.OverwriteMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to push to the built-in feed.
 *
 * @param baseDirectory relative paths and patterns are resolved here (a Jenkins workspace, the
 *     current directory)
 * @param packages file paths or Ant-style patterns ({@code build/*.zip}, {@code dist/**}/{@code
 *     *.nupkg}); each must match at least one file
 * @param overwriteMode what the server does when the version exists
 */
public record PushRequest(Path baseDirectory, List<String> packages, OverwriteMode overwriteMode) {

    public PushRequest {
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        packages = packages == null ? List.of() : List.copyOf(packages);
        overwriteMode = overwriteMode == null ? OverwriteMode.FAIL_IF_EXISTS : overwriteMode;
    }
}

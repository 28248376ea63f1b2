package io.jenkins.plugins.freight.plugin.steps;

import io.jenkins.plugins.freight.client.actions.PackAction;
import io.jenkins.plugins.freight.client.actions.PackRequest;
import io.jenkins.plugins.freight.client.actions.PackResult;
import io.jenkins.plugins.freight.client.actions.ProgressListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A workspace that is a directory on this machine: what runs on the agent (inside the Jenkins
 * glue's file callables) and what tests use directly.
 */
public final class LocalWorkspace implements Workspace {

    private final Path root;

    public LocalWorkspace(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    @Override
    public PackResult pack(PackRequest request) {
        return new PackAction(ProgressListener.silent()).pack(resolved(request));
    }

    /** The request with its directories resolved against the workspace root. */
    public PackRequest resolved(PackRequest r) {
        return new PackRequest(
                root.resolve(r.baseDirectory()).normalize(),
                r.packageId(),
                r.version(),
                r.format(),
                r.includes(),
                r.excludes(),
                root.resolve(r.outputDirectory()).normalize(),
                r.overwrite(),
                r.authors(),
                r.description());
    }

    @Override
    public LocalFiles collect(List<String> patterns) {
        List<String> paths = WorkspaceFiles.expand(root, patterns);
        return new LocalFiles() {
            @Override
            public Path base() {
                return root;
            }

            @Override
            public List<String> paths() {
                return paths;
            }

            @Override
            public void close() {}
        };
    }

    @Override
    public String readText(String path) throws IOException {
        return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
    }
}

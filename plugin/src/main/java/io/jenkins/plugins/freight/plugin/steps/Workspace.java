package io.jenkins.plugins.freight.plugin.steps;

import io.jenkins.plugins.freight.client.actions.PackRequest;
import io.jenkins.plugins.freight.client.actions.PackResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The files of a build, wherever they are (on the controller or an agent). Relative paths are
 * relative to the workspace root.
 */
public interface Workspace {

    /** Packs where the files are; the request's directories are relative to the workspace. */
    PackResult pack(PackRequest request) throws IOException, InterruptedException;

    /**
     * The files matching the paths or patterns, readable on this machine (copied from the agent
     * when the workspace is remote). Every pattern must match a file.
     */
    LocalFiles collect(List<String> patterns) throws IOException, InterruptedException;

    /** A text file's content (UTF-8). */
    String readText(String path) throws IOException, InterruptedException;

    /** Files readable here; closing removes any copies. */
    interface LocalFiles extends AutoCloseable {
        Path base();

        /** Absolute paths, in pattern order. */
        List<String> paths();

        @Override
        void close() throws IOException;
    }
}

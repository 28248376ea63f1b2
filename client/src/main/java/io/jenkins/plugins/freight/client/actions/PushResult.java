package io.jenkins.plugins.freight.client.actions;

import java.util.List;

/** The packages {@link PushAction} uploaded, in order. */
public record PushResult(List<PushedPackage> packages) {

    public PushResult {
        packages = List.copyOf(packages);
    }

    /**
     * One uploaded file.
     *
     * @param created whether the server stored a new file (false: it kept or replaced one)
     */
    public record PushedPackage(
            String file, String packageId, String version, long sizeBytes, boolean created) {}
}
